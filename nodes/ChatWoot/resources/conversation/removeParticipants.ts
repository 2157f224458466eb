import { defineOperation } from '../../shared/declare/operation';
import { agentIdsField, userIds } from '../agent/fields';
import { conversationLocator, conversationPath, PARTICIPANTS_URL } from './fields';

export const removeParticipants = defineOperation({
	value: 'removeParticipants',
	name: 'Remove Participants',
	action: 'Remove participants from a conversation',
	method: 'DELETE',
	url: PARTICIPANTS_URL,
	request: { path: conversationPath, body: { user_ids: userIds('conversation', 'removeMembers') } },
	fields: [conversationLocator, agentIdsField('conversation', 'removeMembers', 'Agents who stop watching the conversation.')],
});
