import { idLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { locator } from '../../shared/request/fieldSources';
import { INBOX_URL, inboxLocator, inboxPath } from './fields';

export const setAgentBot = defineOperation({
	value: 'setAgentBot',
	name: 'Set Agent Bot',
	action: 'Set the agent bot of an inbox',
	description: 'Connect an agent bot to an inbox',
	method: 'POST',
	url: `${INBOX_URL}/set_agent_bot`,
	request: { path: inboxPath, body: { agent_bot: locator('inboxAgentBot', 'Agent Bot') } },
	fields: [
		inboxLocator,
		idLocator({
			name: 'inboxAgentBot',
			displayName: 'Agent Bot',
			searchListMethod: 'getAgentBots',
			description: 'The bot that answers new conversations of the inbox; it replaces the current one',
		}),
	],
});
