import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { inboxPath } from './fields';

export const inboxGetAgentBotRequest = buildRequest({ path: inboxPath });

/**
 * `{"agent_bot": {...}}` becomes the bot itself. Without a bot, Chatwoot answers an empty
 * or null agent_bot: the item then says so, `{"agent_bot": null}`.
 */
export async function agentBotOutput(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const bot = item.json.agent_bot as IDataObject | null | undefined;
		if (bot && typeof bot === 'object' && Object.keys(bot).length > 0) return { json: bot };
		return { json: { agent_bot: null } };
	});
}
