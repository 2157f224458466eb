import { resourceProperties } from '../../shared/declare/operation';
import { addLabels } from './addLabels';
import { bulkAction } from './bulkAction';
import { create } from './create';
import { createContactInbox } from './createContactInbox';
import { deleteContact } from './delete';
import { deleteAvatar } from './deleteAvatar';
import { deleteCustomAttributes } from './deleteCustomAttributes';
import { exportContacts } from './export';
import { filter } from './filter';
import { get } from './get';
import { getAll } from './getAll';
import { getAttachments } from './getAttachments';
import { getBySourceId } from './getBySourceId';
import { getContactableInboxes } from './getContactableInboxes';
import { getConversations } from './getConversations';
import { getOnline } from './getOnline';
import { importContacts } from './import';
import { listLabels } from './listLabels';
import { merge } from './merge';
import { removeLabels } from './removeLabels';
import { search } from './search';
import { setCustomAttributes } from './setCustomAttributes';
import { setLabels } from './setLabels';
import { update } from './update';
import { upsert } from './upsert';

export const contactDescription = resourceProperties('contact', 'getAll', [
	addLabels,
	bulkAction,
	create,
	createContactInbox,
	deleteContact,
	deleteAvatar,
	deleteCustomAttributes,
	exportContacts,
	filter,
	get,
	getAll,
	getAttachments,
	getBySourceId,
	getContactableInboxes,
	getConversations,
	getOnline,
	importContacts,
	listLabels,
	merge,
	removeLabels,
	search,
	setCustomAttributes,
	setLabels,
	update,
	upsert,
]);
