import type { INodeProperties } from 'n8n-workflow';
import { relatedLocator } from '../../shared/locators';
import { buildRequest, optionalLocator } from '../../shared/request';
import { invalid } from '../../shared/validators';
import { conversationPath, showFor } from './fields';

export const conversationAssignRequest = buildRequest({
	path: conversationPath,
	body: {
		assignee_id: optionalLocator('conversationAgent', 'Agent'),
		team_id: optionalLocator('conversationTeam', 'Team'),
	},
	adjust(built) {
		if (built.body.assignee_id === undefined && built.body.team_id === undefined) {
			throw invalid(this, 'Agent', 'pick an agent, a team, or both');
		}
	},
});

export const conversationAssignDescription: INodeProperties[] = [
	relatedLocator('agent', 'conversationAgent', 'Agent to assign the conversation to', showFor('assign')),
	relatedLocator(
		'team',
		'conversationTeam',
		'Team to assign the conversation to. Chatwoot ignores it when an agent is picked too.',
		showFor('assign'),
	),
];
