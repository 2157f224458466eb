import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { nothingToUpdate } from '../../shared/request/buildRequest';
import { readOnce } from '../../../shared/fields/reads';
import { email, invalid, jsonObject, password, text, type Check } from '../../../shared/fields/validators';
import { PROFILE_URL, withoutAccessToken } from './fields';

// Key in `profile`, field label, check.
const PROFILE_FIELDS: Array<[string, string, Check]> = [
	['name', 'Name', text],
	['display_name', 'Display Name', text],
	['email', 'Email', email],
	['message_signature', 'Message Signature', text],
	['phone_number', 'Phone Number', text],
	['ui_settings', 'UI Settings', jsonObject],
	['current_password', 'Current Password', text],
	['password', 'New Password', password],
];

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update the profile of the token user',
	description: 'Change the name, email, password or preferences of the token user',
	method: 'PUT',
	url: PROFILE_URL,
	// Chatwoot reads everything under `profile`. The spec also offers multipart/form-data, for
	// the avatar upload only; the text fields go as JSON, which Rails reads the same way.
	request: {
		adjust(request) {
			const fields = readOnce<IDataObject>(this, 'profileUpdateFields', {});
			const profile: IDataObject = {};
			for (const [key, label, check] of PROFILE_FIELDS) {
				const value = fields[key];
				if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
					continue;
				}
				profile[key] = check(value, label, this) as IDataObject[string];
			}
			if (profile.password !== undefined && profile.current_password === undefined) {
				throw invalid(
					this,
					'Current Password',
					'is required to set a new password',
					'Chatwoot checks the current password before it changes it.',
				);
			}
			if (Object.keys(profile).length === 0) {
				throw nothingToUpdate(this, 'profileUpdateFields', Object.fromEntries(PROFILE_FIELDS.map(([key, label]) => [key, label])));
			}
			request.body.profile = profile;
		},
		adjustedKeys: { body: ['profile'] },
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'profileUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				{
					displayName: 'Current Password',
					name: 'current_password',
					type: 'string',
					typeOptions: { password: true },
					default: '',
					description: 'Needed together with New Password',
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
					displayName: 'Message Signature',
					name: 'message_signature',
					type: 'string',
					typeOptions: { rows: 3 },
					default: '',
					description: 'Signature appended to your messages when enabled in the dashboard',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
				},
				{
					displayName: 'New Password',
					name: 'password',
					type: 'string',
					typeOptions: { password: true },
					default: '',
					description:
						"6 to 128 characters with at least one uppercase letter, one lowercase letter, one digit and one special character (Chatwoot's rules)",
				},
				{
					displayName: 'Phone Number',
					name: 'phone_number',
					type: 'string',
					default: '',
					placeholder: 'e.g. +14155550123',
				},
				{
					displayName: 'UI Settings',
					name: 'ui_settings',
					type: 'json',
					default: '',
					description: 'JSON object of dashboard preferences; it replaces the stored settings',
				},
			],
		},
	],
	output: [withoutAccessToken],
});
