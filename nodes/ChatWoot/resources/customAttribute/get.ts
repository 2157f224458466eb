import { defineOperation } from '../../shared/declare/operation';
import { ATTRIBUTE_URL, customAttributeLocator, customAttributePath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a custom attribute',
	method: 'GET',
	url: ATTRIBUTE_URL,
	request: { path: customAttributePath },
	fields: [customAttributeLocator],
});
