import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { optionalLocator, readOptional } from '../../shared/request/fieldSources';
import { invalid } from '../../../shared/fields/validators';
import { CONVERSATION_URL, conversationLocator, conversationPath } from './fields';

const AGENT_BOT = optionalLocator('conversationAgentBot', 'Agent Bot');

export const assign = defineOperation({
	value: 'assign',
	name: 'Assign',
	action: 'Assign a conversation',
	description: 'Assign the conversation to an agent or a team',
	method: 'POST',
	url: `${CONVERSATION_URL}/assignments`,
	request: {
		path: conversationPath,
		body: {
			assignee_id: optionalLocator('conversationAgent', 'Agent'),
			team_id: optionalLocator('conversationTeam', 'Team'),
		},
		// A bot is the assignee too: assignments_controller.rb:43 reads assignee_type "AgentBot"
		adjust(built) {
			const bot = readOptional(this, AGENT_BOT);
			if (bot !== undefined) {
				if (built.body.assignee_id !== undefined) throw invalid(this, 'Agent Bot', 'pick an agent or an agent bot, not both');
				built.body.assignee_id = bot as number;
				built.body.assignee_type = 'AgentBot';
			}
			if (built.body.assignee_id === undefined && built.body.team_id === undefined) {
				throw invalid(this, 'Agent', 'pick an agent or an agent bot, a team, or both');
			}
		},
		adjustedKeys: { body: ['assignee_type'] },
	},
	fields: [
		conversationLocator,
		relatedLocator('agent', 'conversationAgent', 'Agent to assign the conversation to'),
		relatedLocator(
			'agentBot',
			'conversationAgentBot',
			'Agent bot to hand the conversation to (instead of an agent), e.g. back to an AI bot after a human took over',
		),
		relatedLocator(
			'team',
			'conversationTeam',
			'Team to assign the conversation to. Chatwoot ignores it when an agent is picked too.',
		),
	],
});
