import type { INodeProperties } from 'n8n-workflow';
import { unwrap } from '../../shared/output';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { helpCenterCreateArticleDescription, helpCenterCreateArticleRequest } from './createArticle';
import { helpCenterCreateCategoryDescription, helpCenterCreateCategoryRequest } from './createCategory';
import { helpCenterCreatePortalDescription, helpCenterCreatePortalRequest } from './createPortal';
import { portalLocator } from './fields';
import { helpCenterGetAllPortalsDescription, helpCenterGetAllPortalsRequest } from './getAllPortals';
import { helpCenterUpdatePortalDescription, helpCenterUpdatePortalRequest } from './updatePortal';

const showOnlyForHelpCenter = {
	resource: ['helpCenter'],
};

const PORTALS_URL = '/api/v1/accounts/{account_id}/portals';
const PORTAL_URL = '/api/v1/accounts/{account_id}/portals/{id}';

// Chatwoot wraps single records in `payload` here; older servers answer the bare record.
const record = unwrap('payload', '');

export const helpCenterDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForHelpCenter },
		options: [
			{
				name: 'Create Article',
				value: 'createArticle',
				action: 'Create an article in a portal',
				routing: chatwootRouting('POST', `${PORTAL_URL}/articles`, helpCenterCreateArticleRequest, record),
			},
			{
				name: 'Create Category',
				value: 'createCategory',
				action: 'Create a category in a portal',
				routing: chatwootRouting('POST', `${PORTAL_URL}/categories`, helpCenterCreateCategoryRequest, record),
			},
			{
				name: 'Create Portal',
				value: 'createPortal',
				action: 'Create a portal',
				routing: chatwootRouting('POST', PORTALS_URL, helpCenterCreatePortalRequest, record),
			},
			{
				name: 'Get Many Portals',
				value: 'getAllPortals',
				action: 'Get many portals',
				routing: chatwootListRouting(PORTALS_URL, helpCenterGetAllPortalsRequest, {
					records: ['payload', ''],
				}),
			},
			{
				name: 'Update Portal',
				value: 'updatePortal',
				action: 'Update a portal',
				routing: chatwootRouting('PATCH', PORTAL_URL, helpCenterUpdatePortalRequest, record),
			},
		],
		default: 'getAllPortals',
	},
	portalLocator,
	...helpCenterCreateArticleDescription,
	...helpCenterCreateCategoryDescription,
	...helpCenterCreatePortalDescription,
	...helpCenterGetAllPortalsDescription,
	...helpCenterUpdatePortalDescription,
];
