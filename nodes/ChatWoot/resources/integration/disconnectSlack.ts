import { defineOperation } from '../../shared/declare/operation';
import { accountPath, INTEGRATIONS_URL } from './fields';

export const disconnectSlack = defineOperation({
	value: 'disconnectSlack',
	name: 'Disconnect Slack',
	action: 'Disconnect Slack from the account',
	description: 'Remove the Slack connection; messages stop going to the Slack channel',
	method: 'DELETE',
	url: `${INTEGRATIONS_URL}/slack`,
	request: { path: accountPath },
});
