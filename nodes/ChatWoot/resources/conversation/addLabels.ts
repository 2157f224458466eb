import { labelsField, labelsOutput } from '../../shared/fields/labels';
import { defineOperation } from '../../shared/declare/operation';
import { LABELS_URL, conversationLocator, labelWrite } from './fields';

export const addLabels = defineOperation({
	value: 'addLabels',
	name: 'Add Labels',
	action: 'Add labels to a conversation',
	description: 'Add labels and keep the ones the conversation already has',
	method: 'POST',
	url: LABELS_URL,
	request: labelWrite('add'),
	fields: [conversationLocator, labelsField('conversation', 'addLabels', 'add')],
	output: [labelsOutput],
});
