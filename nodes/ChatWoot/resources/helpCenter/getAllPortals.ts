import { defineOperation } from '../../shared/declare/operation';
import { PORTALS_URL, portalsPath } from './fields';

export const getAllPortals = defineOperation({
	value: 'getAllPortals',
	name: 'Get Many Portals',
	action: 'Get many portals',
	method: 'GET',
	url: PORTALS_URL,
	request: { path: portalsPath },
	// Chatwoot answers with every portal of the account at once.
	list: { records: ['payload', ''] },
});
