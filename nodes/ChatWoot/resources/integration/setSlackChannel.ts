import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { accountPath, INTEGRATIONS_URL } from './fields';

export const setSlackChannel = defineOperation({
	value: 'setSlackChannel',
	name: 'Set Slack Channel',
	action: 'Set the Slack channel conversations go to',
	description: 'Chatwoot joins the channel and posts new conversations there (administrators only)',
	method: 'PATCH',
	url: `${INTEGRATIONS_URL}/slack`,
	request: { path: accountPath, body: { reference_id: required('slackChannelId', 'Slack Channel ID', requiredText) } },
	fields: [
		{
			displayName: 'Slack Channel ID',
			name: 'slackChannelId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. C0123456789',
			description: 'ID of the channel, as Get Slack Channels lists it',
		},
	],
});
