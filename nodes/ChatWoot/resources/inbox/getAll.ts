import { defineOperation } from '../../shared/declare/operation';
import { INBOXES_URL, inboxesPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many inboxes',
	method: 'GET',
	url: INBOXES_URL,
	request: { path: inboxesPath },
	// Chatwoot answers with every inbox at once (no pagination).
	list: { records: ['payload', ''] },
});
