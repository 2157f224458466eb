import { defineOperation } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { ACCOUNT } from '../../shared/request/fieldSources';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many audit log entries',
	description:
		'Who changed what, newest first (empty unless audit logs are enabled)',
	method: 'GET',
	enterprise: true,
	url: '/api/v1/accounts/{account_id}/audit_logs',
	// `page` is added by the pagination (25 entries a page, newest first).
	request: { path: { account_id: ACCOUNT } },
	// Current servers answer {audit_logs: [...]}, older ones {data: {audit_logs: [...]}}.
	list: { records: ['audit_logs', 'data.audit_logs'], pagination: byPage(25) },
});
