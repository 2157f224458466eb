import { defineOperation } from '../../shared/declare/operation';
import { CANNED_RESPONSES_URL, cannedResponsesPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many canned responses',
	method: 'GET',
	url: CANNED_RESPONSES_URL,
	request: { path: cannedResponsesPath },
	// Chatwoot answers with every canned response at once (no pagination).
	list: { records: [''] },
});
