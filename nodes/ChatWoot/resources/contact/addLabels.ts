import { labelsField, labelsOutput } from '../../shared/fields/labels';
import { defineOperation } from '../../shared/declare/operation';
import { LABELS_URL, contactLocator, labelWrite } from './fields';

export const addLabels = defineOperation({
	value: 'addLabels',
	name: 'Add Labels',
	action: 'Add labels to a contact',
	description: 'Add labels and keep the ones the contact already has',
	method: 'POST',
	url: LABELS_URL,
	request: labelWrite('add'),
	fields: [contactLocator, labelsField('contact', 'addLabels', 'add')],
	output: [labelsOutput],
});
