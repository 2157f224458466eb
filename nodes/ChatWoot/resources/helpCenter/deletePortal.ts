import { defineOperation } from '../../shared/declare/operation';
import { PORTAL_URL, portalLocator, portalPath } from './fields';

export const deletePortal = defineOperation({
	value: 'deletePortal',
	name: 'Delete Portal',
	action: 'Delete a portal',
	description: 'Delete a portal with its categories and articles',
	method: 'DELETE',
	url: PORTAL_URL,
	request: { path: portalPath },
	fields: [portalLocator],
});
