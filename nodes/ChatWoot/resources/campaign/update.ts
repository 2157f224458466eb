import type { INodeProperties } from 'n8n-workflow';
import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { optional, optionalLocator } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { CAMPAIGN_URL, campaignBody, campaignIdField, campaignPath, campaignSettingOptions, campaignSettings } from './fields';

const FIELDS = 'campaignUpdateFields';

const body = {
	title: optional(`${FIELDS}.title`, 'Title', text),
	message: optional(`${FIELDS}.message`, 'Message', text),
	inbox_id: optionalLocator(`${FIELDS}.inbox_id`, 'Inbox'),
	...campaignSettings(FIELDS),
};

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a campaign',
	description: 'Change a campaign; Chatwoot refuses changes to a completed one-off campaign',
	method: 'PATCH',
	url: CAMPAIGN_URL,
	request: {
		path: campaignPath,
		body,
		...campaignBody(FIELDS, {
			...Object.fromEntries(Object.entries(body).map(([key, source]) => [key, source.label])),
			audience: 'Audience Label IDs',
			url: 'Page URL',
			time_on_page: 'Time on Page',
		}),
	},
	fields: [
		campaignIdField,
		{
			displayName: 'Update Fields',
			name: FIELDS,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				...campaignSettingOptions,
				relatedLocator('inbox', 'inbox_id', 'Move the campaign to another inbox'),
				{ displayName: 'Message', name: 'message', type: 'string', typeOptions: { rows: 4 }, default: '' },
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
			] as INodeProperties[],
		},
	],
});
