import { defineOperation } from '../../shared/declare/operation';
import { accountPath, INTEGRATIONS_URL } from './fields';

export const disconnectLinear = defineOperation({
	value: 'disconnectLinear',
	name: 'Disconnect Linear',
	action: 'Disconnect Linear from the account',
	description: 'Revoke the Linear access and remove the connection',
	method: 'DELETE',
	url: `${INTEGRATIONS_URL}/linear`,
	request: { path: accountPath },
});
