import { defineOperation } from '../../shared/declare/operation';
import { ATTRIBUTE_URL, customAttributeLocator, customAttributePath } from './fields';

export const deleteCustomAttribute = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a custom attribute',
	method: 'DELETE',
	url: ATTRIBUTE_URL,
	request: { path: customAttributePath },
	fields: [customAttributeLocator],
});
