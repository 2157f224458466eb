import { labelsField, labelsOutput } from '../../shared/fields/labels';
import { defineOperation } from '../../shared/declare/operation';
import { LABELS_URL, contactLocator, labelWrite } from './fields';

export const setLabels = defineOperation({
	value: 'setLabels',
	name: 'Set Labels',
	action: 'Set the labels of a contact',
	description: 'Replace all labels of the contact with the given ones',
	method: 'POST',
	url: LABELS_URL,
	request: labelWrite('set'),
	fields: [contactLocator, labelsField('contact', 'setLabels', 'set')],
	output: [labelsOutput],
});
