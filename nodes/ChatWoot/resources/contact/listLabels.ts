import { labelsOutput } from '../../shared/fields/labels';
import { defineOperation } from '../../shared/declare/operation';
import { LABELS_URL, contactLocator, contactPath } from './fields';

export const listLabels = defineOperation({
	value: 'listLabels',
	name: 'List Labels',
	action: 'List the labels of a contact',
	method: 'GET',
	url: LABELS_URL,
	request: { path: contactPath },
	fields: [contactLocator],
	output: [labelsOutput],
});
