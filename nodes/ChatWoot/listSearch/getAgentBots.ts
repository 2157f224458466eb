import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

/** The account's agent bots, and the installation-wide ones it can use. */
export async function getAgentBots(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/agent_bots',
			records: [''],
			name: (bot) => String(bot.name ?? `Bot ${String(bot.id)}`),
		},
		filter,
	);
}
