import { labelsField, labelsOutput } from '../../shared/fields/labels';
import { defineOperation } from '../../shared/declare/operation';
import { LABELS_URL, conversationLocator, labelWrite } from './fields';

export const setLabels = defineOperation({
	value: 'setLabels',
	name: 'Set Labels',
	action: 'Set the labels of a conversation',
	description: 'Replace all labels of the conversation with the given ones',
	method: 'POST',
	url: LABELS_URL,
	request: labelWrite('set'),
	fields: [conversationLocator, labelsField('conversation', 'setLabels', 'set')],
	output: [labelsOutput],
});
