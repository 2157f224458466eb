import { defineOperation } from '../../shared/declare/operation';
import { WEBHOOKS_URL, webhooksPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many webhooks',
	method: 'GET',
	url: WEBHOOKS_URL,
	request: { path: webhooksPath },
	// Chatwoot answers with every webhook at once (no pagination).
	list: { records: ['payload.webhooks', 'payload', ''] },
});
