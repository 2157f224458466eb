import type { INodeProperties } from 'n8n-workflow';
import { byPage } from '../../shared/pagination';
import { chatwootListRouting } from '../../shared/routing';
import { auditLogGetAllDescription, auditLogGetAllRequest } from './getAll';

export const auditLogDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['auditLog'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many audit log entries',
				description:
					'Who changed what, newest first (Enterprise edition with audit logs enabled; otherwise the list is empty)',
				// Current servers answer {audit_logs: [...]}, older ones {data: {audit_logs: [...]}}.
				routing: chatwootListRouting('/api/v1/accounts/{account_id}/audit_logs', auditLogGetAllRequest, {
					records: ['audit_logs', 'data.audit_logs'],
					pagination: byPage(25),
				}),
			},
		],
		default: 'getAll',
	},
	...auditLogGetAllDescription,
];
