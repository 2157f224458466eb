import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional, required } from '../../shared/request';
import { email, jsonObject, password, requiredText, text } from '../../shared/validators';

const showOnlyForPlatformUserCreate = {
	resource: ['platformUser'],
	operation: ['create'],
};

export const platformUserCreateRequest = buildRequest({
	body: {
		name: required('name', 'Name', requiredText),
		email: required('email', 'Email', email),
		password: required('password', 'Password', password),
		display_name: optional('additionalFields.display_name', 'Display Name', text),
		custom_attributes: optional('additionalFields.custom_attributes', 'Custom Attributes', jsonObject),
	},
});

export const platformUserCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForPlatformUserCreate },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForPlatformUserCreate },
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: { show: showOnlyForPlatformUserCreate },
		description:
			"6 to 128 characters with at least one uppercase letter, one lowercase letter, one digit and one special character (Chatwoot's rules)",
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForPlatformUserCreate },
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
];
