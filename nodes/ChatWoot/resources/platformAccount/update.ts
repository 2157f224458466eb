import type { INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { ACCOUNT_URL, accountIdField, accountIdPath, accountSettingOptions, accountSettings } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update an account',
	description: 'Change the name, locale, domain, status, limits or attributes of an account',
	method: 'PATCH',
	url: ACCOUNT_URL,
	request: {
		path: accountIdPath,
		body: {
			name: optional('platformAccountUpdateFields.name', 'Name', text),
			...accountSettings('platformAccountUpdateFields'),
		},
	},
	fields: [
		accountIdField,
		{
			displayName: 'Update Fields',
			name: 'platformAccountUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties,
				...accountSettingOptions,
			].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	],
});
