import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../shared/locators';
import { buildRequest, locator } from '../../shared/request';
import { inboxPath } from './fields';

export const inboxSetAgentBotRequest = buildRequest({
	path: inboxPath,
	body: { agent_bot: locator('inboxAgentBot', 'Agent Bot') },
});

export const inboxSetAgentBotDescription: INodeProperties[] = [
	idLocator({
		name: 'inboxAgentBot',
		displayName: 'Agent Bot',
		searchListMethod: 'getAgentBots',
		description: 'The bot that answers new conversations of the inbox; it replaces the current one',
		show: { resource: ['inbox'], operation: ['setAgentBot'] },
	}),
];
