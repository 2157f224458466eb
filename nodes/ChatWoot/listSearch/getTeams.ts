import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

export async function getTeams(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/teams',
			records: ['payload', ''],
			name: (team) => String(team.name),
			url: (team) => `/settings/teams/${String(team.id)}/edit`,
		},
		filter,
	);
}
