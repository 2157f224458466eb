import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../shared/locators';
import { buildRequest, locator } from '../../shared/request';
import { inboxLocator, inboxPath } from './fields';

export const inboxSetAgentBotRequest = buildRequest({
	path: inboxPath,
	body: { agent_bot: locator('agentBot', 'Agent Bot') },
});

export const inboxSetAgentBotDescription: INodeProperties[] = [
	inboxLocator('setAgentBot'),
	idLocator({
		name: 'agentBot',
		displayName: 'Agent Bot',
		searchListMethod: 'getAgentBots',
		description: 'The bot that answers new conversations of the inbox; it replaces the current one',
		show: { resource: ['inbox'], operation: ['setAgentBot'] },
	}),
];
