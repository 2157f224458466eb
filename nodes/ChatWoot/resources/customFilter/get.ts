import { defineOperation } from '../../shared/declare/operation';
import { customFilterLocator, customFilterPath, FILTER_URL } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a custom filter',
	method: 'GET',
	url: FILTER_URL,
	request: { path: customFilterPath },
	fields: [customFilterLocator],
});
