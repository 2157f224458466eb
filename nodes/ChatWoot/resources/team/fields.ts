import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator, optional, type FieldSource } from '../../shared/request/fieldSources';
import { idLocator } from '../../../shared/fields/locators';
import { boolean, text } from '../../../shared/fields/validators';

export const TEAMS_URL = '/api/v1/accounts/{account_id}/teams';
export const TEAM_URL = '/api/v1/accounts/{account_id}/teams/{team_id}';
export const MEMBERS_URL = '/api/v1/accounts/{account_id}/teams/{team_id}/team_members';

export const teamsPath = { account_id: ACCOUNT };
export const teamPath = { account_id: ACCOUNT, team_id: locator('team', 'Team') };

/** The team, one field for every operation on an existing team. */
export const teamLocator: INodeProperties = idLocator({
	name: 'team',
	displayName: 'Team',
	searchListMethod: 'getTeams',
	urlSegment: 'settings/teams',
});

/** Team settings shared by Create (Additional Fields) and Update (Update Fields). */
export function teamSettings(collection: string): Record<string, FieldSource> {
	return {
		description: optional(`${collection}.description`, 'Description', text),
		allow_auto_assign: optional(`${collection}.allow_auto_assign`, 'Allow Auto Assign', boolean),
	};
}

export const teamSettingOptions: INodeProperties[] = [
	{
		displayName: 'Allow Auto Assign',
		name: 'allow_auto_assign',
		type: 'boolean',
		default: true,
		description:
			"Whether a conversation assigned to the team is also assigned to one of the team's agents",
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
	},
];
