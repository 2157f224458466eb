import type { INodeProperties } from 'n8n-workflow';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { labelCreateDescription, labelCreateRequest } from './create';
import { labelDeleteRequest } from './delete';
import { labelLocator } from './fields';
import { labelGetRequest } from './get';
import { labelGetAllDescription, labelGetAllRequest } from './getAll';
import { labelUpdateDescription, labelUpdateRequest } from './update';

const showOnlyForLabels = {
	resource: ['label'],
};

const LABELS_URL = '/api/v1/accounts/{account_id}/labels';
const LABEL_URL = '/api/v1/accounts/{account_id}/labels/{id}';

export const labelDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForLabels },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a label',
				routing: chatwootRouting('POST', LABELS_URL, labelCreateRequest),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a label',
				routing: chatwootRouting('DELETE', LABEL_URL, labelDeleteRequest),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a label',
				routing: chatwootRouting('GET', LABEL_URL, labelGetRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many labels',
				routing: chatwootListRouting(LABELS_URL, labelGetAllRequest, { records: ['payload', ''] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a label',
				routing: chatwootRouting('PATCH', LABEL_URL, labelUpdateRequest),
			},
		],
		default: 'getAll',
	},
	...labelCreateDescription,
	labelLocator,
	...labelGetAllDescription,
	...labelUpdateDescription,
];
