import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional, required } from '../../shared/request';
import { email, jsonObject, password, requiredText, text } from '../../shared/validators';

const showOnlyForPlatformUserCreate = {
	resource: ['platformUser'],
	operation: ['create'],
};

export const platformUserCreateRequest = buildRequest({
	body: {
		name: required('platformUserName', 'Name', requiredText),
		email: required('platformUserEmail', 'Email', email),
		password: required('password', 'Password', password),
		display_name: optional('platformUserAdditionalFields.display_name', 'Display Name', text),
		custom_attributes: optional('platformUserAdditionalFields.custom_attributes', 'Custom Attributes', jsonObject),
	},
});

export const platformUserCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'platformUserName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForPlatformUserCreate },
	},
	{
		displayName: 'Email',
		name: 'platformUserEmail',
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
		name: 'platformUserAdditionalFields',
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
