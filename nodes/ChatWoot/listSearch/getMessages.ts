import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

/** The latest messages of the conversation chosen in the node, newest first. */
export async function getMessages(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const conversation = this.getCurrentNodeParameter('messageConversation', { extractValue: true });
	if (!/^\s*\d+\s*$/.test(String(conversation ?? ''))) return { results: [] };
	const found = await searchAccountRecords.call(
		this,
		{
			path: `/conversations/${String(conversation).trim()}/messages`,
			records: ['payload'],
			name: (message) => {
				const content = String(message.content ?? '').replace(/\s+/g, ' ').trim();
				const shown = content.length > 60 ? `${content.slice(0, 57)}...` : content;
				return `#${String(message.id)}: ${shown || '(no text)'}`;
			},
		},
		filter,
	);
	return { results: found.results.reverse() };
}
