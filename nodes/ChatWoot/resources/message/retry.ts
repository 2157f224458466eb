import { defineOperation } from '../../shared/declare/operation';
import { MESSAGE_URL, messageConversationLocator, messageLocator, messagePath } from './fields';

export const retry = defineOperation({
	value: 'retry',
	name: 'Retry',
	action: 'Send a failed message again',
	description: 'Send a message that failed again; outputs the message (other messages are left as they are)',
	method: 'POST',
	url: `${MESSAGE_URL}/retry`,
	request: { path: messagePath },
	fields: [messageConversationLocator, messageLocator],
});
