import { defineOperation } from '../../shared/declare/operation';
import { CONVERSATION_URL, conversationFields, conversationPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a conversation through the client API',
	method: 'GET',
	url: CONVERSATION_URL,
	request: { path: conversationPath },
	fields: conversationFields,
});
