import { defineOperation } from '../../shared/declare/operation';
import { accountPath, INTEGRATIONS_URL } from './fields';

export const disconnectNotion = defineOperation({
	value: 'disconnectNotion',
	name: 'Disconnect Notion',
	action: 'Disconnect Notion from the account',
	description: 'Remove the Notion connection',
	method: 'DELETE',
	url: `${INTEGRATIONS_URL}/notion`,
	request: { path: accountPath },
});
