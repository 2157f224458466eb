import { defineOperation } from '../../shared/declare/operation';
import { CONVERSATION_URL, conversationLocator, conversationPath } from './fields';

// Chatwoot answers with every event of the conversation at once, oldest first.
export const getReportingEvents = defineOperation({
	value: 'getReportingEvents',
	name: 'Get Reporting Events',
	action: 'Get the reporting events of a conversation',
	description: 'Get first response, resolution and other timing events of the conversation',
	method: 'GET',
	enterprise: true,
	url: `${CONVERSATION_URL}/reporting_events`,
	request: { path: conversationPath },
	fields: [conversationLocator],
	list: { records: ['payload', ''] },
});
