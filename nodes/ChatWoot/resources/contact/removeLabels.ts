import { labelsField, labelsOutput } from '../../shared/fields/labels';
import { defineOperation } from '../../shared/declare/operation';
import { LABELS_URL, contactLocator, labelWrite } from './fields';

export const removeLabels = defineOperation({
	value: 'removeLabels',
	name: 'Remove Labels',
	action: 'Remove labels from a contact',
	description: 'Remove labels and keep the others',
	method: 'POST',
	url: LABELS_URL,
	request: labelWrite('remove'),
	fields: [contactLocator, labelsField('contact', 'removeLabels', 'remove')],
	output: [labelsOutput],
});
