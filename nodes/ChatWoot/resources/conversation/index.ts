import { resourceProperties } from '../../shared/declare/operation';
import { addLabels } from './addLabels';
import { addParticipants } from './addParticipants';
import { assign } from './assign';
import { bulkUpdate } from './bulkUpdate';
import { create } from './create';
import { deleteConversation } from './delete';
import { deleteCustomAttributes } from './deleteCustomAttributes';
import { deleteDraft } from './deleteDraft';
import { filter } from './filter';
import { get } from './get';
import { getAll } from './getAll';
import { getAttachments } from './getAttachments';
import { getCounts } from './getCounts';
import { getDraft } from './getDraft';
import { getParticipants } from './getParticipants';
import { getReportingEvents } from './getReportingEvents';
import { getUnreadCounts } from './getUnreadCounts';
import { handOff } from './handOff';
import { listLabels } from './listLabels';
import { markUnread } from './markUnread';
import { mute } from './mute';
import { removeLabels } from './removeLabels';
import { removeParticipants } from './removeParticipants';
import { saveDraft } from './saveDraft';
import { sendTranscript } from './sendTranscript';
import { setCustomAttributes } from './setCustomAttributes';
import { setLabels } from './setLabels';
import { setParticipants } from './setParticipants';
import { togglePriority } from './togglePriority';
import { toggleStatus } from './toggleStatus';
import { toggleTypingStatus } from './toggleTypingStatus';
import { unmute } from './unmute';
import { update } from './update';
import { updateLastSeen } from './updateLastSeen';

export const conversationDescription = resourceProperties('conversation', 'getAll', [
	addLabels,
	addParticipants,
	assign,
	bulkUpdate,
	create,
	deleteConversation,
	deleteCustomAttributes,
	deleteDraft,
	filter,
	get,
	getAll,
	getAttachments,
	getCounts,
	getDraft,
	getParticipants,
	getReportingEvents,
	getUnreadCounts,
	handOff,
	listLabels,
	markUnread,
	mute,
	removeLabels,
	removeParticipants,
	saveDraft,
	sendTranscript,
	setCustomAttributes,
	setLabels,
	setParticipants,
	togglePriority,
	toggleStatus,
	toggleTypingStatus,
	unmute,
	update,
	updateLastSeen,
]);
