import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

const EXCERPT_LENGTH = 40;

function lastMessage(conversation: IDataObject): string {
	const messages = Array.isArray(conversation.messages) ? (conversation.messages as IDataObject[]) : [];
	const message = (conversation.last_non_activity_message ?? messages[messages.length - 1]) as
		| IDataObject
		| undefined;
	const content = String(message?.content ?? '').replace(/\s+/g, ' ').trim();
	return content.length > EXCERPT_LENGTH ? `${content.slice(0, EXCERPT_LENGTH - 1)}…` : content;
}

/** "#12 Jane Doe: Where is my order?" */
function conversationName(conversation: IDataObject): string {
	const sender = ((conversation.meta as IDataObject | undefined)?.sender ?? {}) as IDataObject;
	const who = String(sender.name ?? '').trim() || 'Unknown contact';
	const excerpt = lastMessage(conversation);
	return `#${String(conversation.id)} ${who}${excerpt ? `: ${excerpt}` : ''}`;
}

/** Conversations of every status, newest activity first, 25 a page; the ID is the display ID. */
export async function getConversations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/conversations',
			qs: { status: 'all', assignee_type: 'all' },
			records: ['data.payload', 'payload'],
			name: conversationName,
			url: (conversation) => `/conversations/${String(conversation.id)}`,
			pageSize: 25,
		},
		filter,
		paginationToken,
	);
}
