import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { requiredText } from '../../shared/validators';
import { teamSettingOptions, teamSettings } from './fields';

const showOnlyForTeamCreate = {
	resource: ['team'],
	operation: ['create'],
};

// The spec marks nothing as required, but Chatwoot refuses a team without a name.
export const teamCreateRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: {
		name: required('teamName', 'Name', requiredText),
		...teamSettings('teamAdditionalFields'),
	},
});

export const teamCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'teamName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Billing',
		description: 'Chatwoot stores team names in lower case; each must be unique in the account',
		displayOptions: { show: showOnlyForTeamCreate },
	},
	{
		displayName: 'Additional Fields',
		name: 'teamAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForTeamCreate },
		options: teamSettingOptions,
	},
];
