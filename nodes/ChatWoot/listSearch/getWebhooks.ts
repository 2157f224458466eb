import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

export async function getWebhooks(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/webhooks',
			// current servers answer {payload: {webhooks: [...]}}, the spec a bare array
			records: ['payload.webhooks', 'payload', ''],
			name: (webhook) => String(webhook.url),
		},
		filter,
	);
}
