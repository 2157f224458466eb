import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { agentIdsField, userIds } from '../agent/fields';
import { conversationLocator, conversationPath, PARTICIPANTS_URL } from './fields';

export const addParticipants = defineOperation({
	value: 'addParticipants',
	name: 'Add Participants',
	action: 'Add participants to a conversation',
	description: 'Add agents who watch the conversation; current participants stay',
	method: 'POST',
	url: PARTICIPANTS_URL,
	request: { path: conversationPath, body: { user_ids: userIds('conversation', 'addMembers') } },
	fields: [conversationLocator, agentIdsField('conversation', 'addMembers', 'Agents to add as participants.')],
	// one item per participant added
	output: [unwrap('')],
});
