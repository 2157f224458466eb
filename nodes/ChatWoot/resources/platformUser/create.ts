import { defineOperation } from '../../shared/declare/operation';
import { optional, required } from '../../shared/request/fieldSources';
import { email, jsonObject, password, requiredText, text } from '../../../shared/fields/validators';
import { USERS_URL } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a user',
	description: 'Create a user on the installation',
	method: 'POST',
	url: USERS_URL,
	request: {
		body: {
			name: required('platformUserName', 'Name', requiredText),
			email: required('platformUserEmail', 'Email', email),
			password: required('password', 'Password', password),
			display_name: optional('platformUserAdditionalFields.display_name', 'Display Name', text),
			custom_attributes: optional('platformUserAdditionalFields.custom_attributes', 'Custom Attributes', jsonObject),
		},
	},
	fields: [
		{
			displayName: 'Name',
			name: 'platformUserName',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Email',
			name: 'platformUserEmail',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				"6 to 128 characters with at least one uppercase letter, one lowercase letter, one digit and one special character (Chatwoot's rules)",
		},
		{
			displayName: 'Additional Fields',
			name: 'platformUserAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Custom Attributes',
					name: 'custom_attributes',
					type: 'json',
					default: '',
					description: 'JSON object stored on the user, e.g. {"plan": "pro"}',
				},
				{
					displayName: 'Display Name',
					name: 'display_name',
					type: 'string',
					default: '',
				},
			],
		},
	],
});
