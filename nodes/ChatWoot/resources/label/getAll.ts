import { defineOperation } from '../../shared/declare/operation';
import { LABELS_URL, labelsPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many labels',
	method: 'GET',
	url: LABELS_URL,
	request: { path: labelsPath },
	// Chatwoot answers with every label at once (no pagination).
	list: { records: ['payload', ''] },
});
