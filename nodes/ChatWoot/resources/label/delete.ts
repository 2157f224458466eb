import { defineOperation } from '../../shared/declare/operation';
import { LABEL_URL, labelLocator, labelPath } from './fields';

export const deleteLabel = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a label',
	method: 'DELETE',
	url: LABEL_URL,
	request: { path: labelPath },
	fields: [labelLocator],
});
