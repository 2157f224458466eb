import { defineOperation } from '../../shared/declare/operation';
import { CAMPAIGNS_URL, campaignsPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many campaigns',
	method: 'GET',
	url: CAMPAIGNS_URL,
	request: { path: campaignsPath },
	// Chatwoot answers with every campaign at once (no pagination): Limit cuts the answer.
	list: { records: [''] },
});
