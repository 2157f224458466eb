import { labelsOutput } from '../../shared/fields/labels';
import { defineOperation } from '../../shared/declare/operation';
import { LABELS_URL, conversationLocator, conversationPath } from './fields';

export const listLabels = defineOperation({
	value: 'listLabels',
	name: 'List Labels',
	action: 'List the labels of a conversation',
	method: 'GET',
	url: LABELS_URL,
	request: { path: conversationPath },
	fields: [conversationLocator],
	output: [labelsOutput],
});
