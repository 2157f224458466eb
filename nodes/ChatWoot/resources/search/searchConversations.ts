import { searchOf } from './fields';

export const searchConversations = searchOf('conversations', {
	value: 'searchConversations',
	name: 'Search Conversations',
	action: 'Search conversations',
	description: "Find conversations by their number or the contact's name, email, phone number or identifier",
});
