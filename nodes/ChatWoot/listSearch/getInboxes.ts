import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

export async function getInboxes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/inboxes',
			records: ['payload', ''],
			name: (inbox) => String(inbox.name),
			url: (inbox) => `/settings/inboxes/${String(inbox.id)}`,
		},
		filter,
	);
}
