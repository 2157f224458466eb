import { defineOperation } from '../../shared/declare/operation';
import { customFilterLocator, customFilterPath, FILTER_URL } from './fields';

export const deleteCustomFilter = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a custom filter',
	method: 'DELETE',
	url: FILTER_URL,
	request: { path: customFilterPath },
	fields: [customFilterLocator],
});
