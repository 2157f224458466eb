import { byPage } from '../../shared/send/pagination';
import { searchOperation } from './fields';

// ConversationFinder: { meta, payload }, 25 a page
export const searchConversationsByMessage = searchOperation(
	'/api/v1/accounts/{account_id}/conversations/search',
	{ records: ['payload'], pagination: byPage(25) },
	{
		value: 'searchConversationsByMessage',
		name: 'Search Conversations by Message',
		action: 'Search conversations by message text',
		description:
			'Find conversations of any status with an incoming or outgoing message containing the term; the items are whole conversations',
	},
);
