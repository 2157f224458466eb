import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

// Agents have no page of their own in the dashboard, so no URL; the email tells
// namesakes apart.
export async function getAgents(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/agents',
			records: ['payload', ''],
			name: (agent) => `${String(agent.name)} (${String(agent.email)})`,
		},
		filter,
	);
}
