import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { email, jsonObject, password, text } from '../../../shared/fields/validators';
import { USER_URL, userIdField, userIdPath } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a user',
	description: 'Change the name, email, password or custom attributes of a user',
	// PUT, not the spec's PATCH: Chatwoot routes both to users#update, and PUT is what the
	// dashboard and older servers use.
	method: 'PUT',
	url: USER_URL,
	request: {
		path: userIdPath,
		body: {
			name: optional('platformUserUpdateFields.name', 'Name', text),
			display_name: optional('platformUserUpdateFields.display_name', 'Display Name', text),
			email: optional('platformUserUpdateFields.email', 'Email', email),
			password: optional('platformUserUpdateFields.password', 'Password', password),
			custom_attributes: optional('platformUserUpdateFields.custom_attributes', 'Custom Attributes', jsonObject),
		},
	},
	fields: [
		userIdField,
		{
			displayName: 'Update Fields',
			name: 'platformUserUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				{
					displayName: 'Custom Attributes',
					name: 'custom_attributes',
					type: 'json',
					default: '',
					description:
						'JSON object stored on the user, e.g. {"plan": "pro"}. It replaces the current custom attributes.',
				},
				{
					displayName: 'Display Name',
					name: 'display_name',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Password',
					name: 'password',
					type: 'string',
					typeOptions: { password: true },
					default: '',
					description:
						"6 to 128 characters with at least one uppercase letter, one lowercase letter, one digit and one special character (Chatwoot's rules)",
				},
			],
		},
	],
});
