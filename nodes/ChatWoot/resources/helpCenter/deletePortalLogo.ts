import { defineOperation } from '../../shared/declare/operation';
import { PORTAL_URL, portalLocator, portalPath } from './fields';

export const deletePortalLogo = defineOperation({
	value: 'deletePortalLogo',
	name: 'Delete Portal Logo',
	action: 'Delete the logo of a portal',
	method: 'DELETE',
	url: `${PORTAL_URL}/logo`,
	request: { path: portalPath },
	fields: [portalLocator],
});
