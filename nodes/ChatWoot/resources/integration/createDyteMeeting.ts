import { defineOperation } from '../../shared/declare/operation';
import { accountPath, integrationConversation, integrationConversationLocator, INTEGRATIONS_URL } from './fields';

export const createDyteMeeting = defineOperation({
	value: 'createDyteMeeting',
	name: 'Create Dyte Meeting',
	action: 'Start a Dyte video meeting in a conversation',
	description: 'Posts the meeting into the conversation as a message from the token user; the item is that message',
	method: 'POST',
	url: `${INTEGRATIONS_URL}/dyte/create_a_meeting`,
	request: { path: accountPath, body: { conversation_id: integrationConversation } },
	fields: [integrationConversationLocator],
});
