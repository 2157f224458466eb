import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { accountPath, INTEGRATIONS_URL } from './fields';

export const getSlackChannels = defineOperation({
	value: 'getSlackChannels',
	name: 'Get Slack Channels',
	action: 'Get the Slack channels the connection can post to',
	description: 'ID and name of each channel of the connected Slack workspace (administrators only)',
	method: 'GET',
	url: `${INTEGRATIONS_URL}/slack/list_all_channels`,
	request: { path: accountPath },
	fields: [RETURN_ALL_AND_LIMIT],
	// every channel at once, no pages
	list: { records: [''] },
});
