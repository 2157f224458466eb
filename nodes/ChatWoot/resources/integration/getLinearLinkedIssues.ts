import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { accountPath, integrationConversation, integrationConversationLocator, INTEGRATIONS_URL } from './fields';

export const getLinearLinkedIssues = defineOperation({
	value: 'getLinearLinkedIssues',
	name: 'Get Linear Linked Issues',
	action: 'Get the Linear issues linked to a conversation',
	description: 'One item per link, with its link ID (for Unlink Linear Issue) and the issue',
	method: 'GET',
	url: `${INTEGRATIONS_URL}/linear/linked_issues`,
	request: { path: accountPath, query: { conversation_id: integrationConversation } },
	fields: [integrationConversationLocator, RETURN_ALL_AND_LIMIT],
	// every link at once, no pages
	list: { records: [''] },
});
