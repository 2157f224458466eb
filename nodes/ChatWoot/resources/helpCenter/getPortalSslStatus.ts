import { defineOperation } from '../../shared/declare/operation';
import { PORTAL_URL, portalLocator, portalPath } from './fields';

export const getPortalSslStatus = defineOperation({
	value: 'getPortalSslStatus',
	name: 'Get Portal SSL Status',
	action: 'Get the SSL status of a portal custom domain',
	description: "Get the certificate status of the portal's custom domain, as Chatwoot's Cloudflare setup reports it",
	method: 'GET',
	url: `${PORTAL_URL}/ssl_status`,
	request: { path: portalPath },
	fields: [portalLocator],
	enterprise: true,
});
