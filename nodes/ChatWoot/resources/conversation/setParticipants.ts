import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { agentIdsField, userIds } from '../agent/fields';
import { conversationLocator, conversationPath, PARTICIPANTS_URL } from './fields';

export const setParticipants = defineOperation({
	value: 'setParticipants',
	name: 'Set Participants',
	action: 'Replace the participants of a conversation',
	description: 'Make the listed agents the participants; others stop watching the conversation',
	method: 'PATCH',
	url: PARTICIPANTS_URL,
	request: { path: conversationPath, body: { user_ids: userIds('conversation', 'updateMembers') } },
	fields: [conversationLocator, agentIdsField('conversation', 'updateMembers', 'The new participants: agents not listed stop watching.')],
	// one item per participant
	output: [unwrap('')],
});
