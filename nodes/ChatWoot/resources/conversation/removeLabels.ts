import { labelsField, labelsOutput } from '../../shared/fields/labels';
import { defineOperation } from '../../shared/declare/operation';
import { LABELS_URL, conversationLocator, labelWrite } from './fields';

export const removeLabels = defineOperation({
	value: 'removeLabels',
	name: 'Remove Labels',
	action: 'Remove labels from a conversation',
	description: 'Remove labels and keep the others',
	method: 'POST',
	url: LABELS_URL,
	request: labelWrite('remove'),
	fields: [conversationLocator, labelsField('conversation', 'removeLabels', 'remove')],
	output: [labelsOutput],
});
