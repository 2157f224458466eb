import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { TEAMS_URL, teamSettingOptions, teamSettings, teamsPath } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a team',
	method: 'POST',
	url: TEAMS_URL,
	// The spec marks nothing as required, but Chatwoot refuses a team without a name.
	request: {
		path: teamsPath,
		body: {
			name: required('teamName', 'Name', requiredText),
			...teamSettings('teamAdditionalFields'),
		},
	},
	fields: [
		{
			displayName: 'Name',
			name: 'teamName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Billing',
			description: 'Chatwoot stores team names in lower case; each must be unique in the account',
		},
		{
			displayName: 'Additional Fields',
			name: 'teamAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: teamSettingOptions,
		},
	],
});
