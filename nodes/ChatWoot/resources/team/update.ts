import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import { teamPath, teamSettingOptions, teamSettings } from './fields';

const showOnlyForTeamUpdate = {
	resource: ['team'],
	operation: ['update'],
};

export const teamUpdateRequest = buildRequest({
	path: teamPath,
	body: {
		name: optional('teamUpdateFields.name', 'Name', text),
		...teamSettings('teamUpdateFields'),
	},
});

export const teamUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'teamUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForTeamUpdate },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: [
			...teamSettingOptions,
			{ displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties,
		],
	},
];
