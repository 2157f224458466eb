import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

export async function getLabels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/labels',
			records: ['payload', ''],
			name: (label) => String(label.title),
			url: (label) => `/labels/${String(label.title)}/conversations`,
		},
		filter,
	);
}
