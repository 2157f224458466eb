import { defineOperation } from '../../shared/declare/operation';
import { locator, required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { inboxLocator } from '../contact/fields';
import { CAMPAIGNS_URL, campaignBody, campaignSettingOptions, campaignSettings, campaignsPath } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a campaign',
	description: 'Create an ongoing (website) or one-off (SMS, WhatsApp) campaign; the inbox decides which',
	method: 'POST',
	url: CAMPAIGNS_URL,
	request: {
		path: campaignsPath,
		body: {
			title: required('campaignTitle', 'Title', requiredText),
			inbox_id: locator('campaignInbox', 'Inbox'),
			message: required('campaignMessage', 'Message', requiredText),
			...campaignSettings('campaignAdditionalFields'),
		},
		...campaignBody('campaignAdditionalFields'),
	},
	fields: [
		{
			displayName: 'Title',
			name: 'campaignTitle',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Spring sale',
		},
		inboxLocator('campaignInbox', 'A website inbox (ongoing campaign) or an SMS or WhatsApp inbox (one-off campaign)'),
		{
			displayName: 'Message',
			name: 'campaignMessage',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: 'The text the contacts receive',
		},
		{
			displayName: 'Additional Fields',
			name: 'campaignAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: campaignSettingOptions,
		},
	],
});
