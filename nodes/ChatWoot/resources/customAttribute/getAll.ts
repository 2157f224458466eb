import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { oneOf } from '../../../shared/fields/validators';
import { ATTRIBUTES_URL, customAttributesPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many custom attributes',
	method: 'GET',
	url: ATTRIBUTES_URL,
	// Chatwoot lists one model's attributes at a time, all at once (no pagination).
	request: {
		path: customAttributesPath,
		query: { attribute_model: required('attributeModel', 'Applies To', oneOf(['0', '1'])) },
	},
	fields: [
		{
			displayName: 'Applies To',
			name: 'attributeModel',
			type: 'options',
			required: true,
			default: '0',
			options: [
				{ name: 'Contacts', value: '1' },
				{ name: 'Conversations', value: '0' },
			],
		},
	],
	list: { records: [''] },
});
