import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { INBOX_URL, inboxLocator, inboxPath } from './fields';

/**
 * `{"agent_bot": {...}}` becomes the bot itself. Without a bot, Chatwoot answers an empty
 * or null agent_bot: the item then says so, `{"agent_bot": null}`.
 */
async function agentBotOutput(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const bot = item.json.agent_bot as IDataObject | null | undefined;
		if (bot && typeof bot === 'object' && Object.keys(bot).length > 0) return { json: bot };
		return { json: { agent_bot: null } };
	});
}

export const getAgentBot = defineOperation({
	value: 'getAgentBot',
	name: 'Get Agent Bot',
	action: 'Get the agent bot of an inbox',
	description: 'Get the agent bot connected to an inbox ({"agent_bot": null} when none is)',
	method: 'GET',
	url: `${INBOX_URL}/agent_bot`,
	request: { path: inboxPath },
	fields: [inboxLocator],
	output: [agentBotOutput],
});
