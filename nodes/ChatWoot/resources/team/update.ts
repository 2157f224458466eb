import type { INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { TEAM_URL, teamLocator, teamPath, teamSettingOptions, teamSettings } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a team',
	method: 'PATCH',
	url: TEAM_URL,
	request: {
		path: teamPath,
		body: {
			name: optional('teamUpdateFields.name', 'Name', text),
			...teamSettings('teamUpdateFields'),
		},
	},
	fields: [
		teamLocator,
		{
			displayName: 'Update Fields',
			name: 'teamUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				...teamSettingOptions,
				{ displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties,
			],
		},
	],
});
