import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { conversationLocator, conversationPath, PARTICIPANTS_URL } from './fields';

export const getParticipants = defineOperation({
	value: 'getParticipants',
	name: 'Get Participants',
	action: 'Get the participants of a conversation',
	description: 'One item per agent watching the conversation',
	method: 'GET',
	url: PARTICIPANTS_URL,
	request: { path: conversationPath },
	fields: [conversationLocator, RETURN_ALL_AND_LIMIT],
	list: { records: [''] },
});
