import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { readOnce } from '../../../shared/fields/reads';
import { required } from '../../shared/request/fieldSources';
import { invalid, oneOf, requiredText } from '../../../shared/fields/validators';
import { CHANNEL_TYPES, channelAttributes, channelFields } from './channels';
import {
	avatarFile,
	INBOXES_URL,
	inboxesPath,
	inboxSettingOptions,
	inboxSettings,
	widgetChannel,
	widgetOptions,
} from './fields';

const showOnlyForWebsiteInbox = { channelType: ['web_widget'] };

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create an inbox',
	method: 'POST',
	url: INBOXES_URL,
	// Chatwoot needs a name and a channel type, though the spec marks neither as required.
	// The channel object is Channel Type plus the attributes of that channel: each channel model
	// validates its own (a Telegram inbox without bot_token is refused), and the server keeps
	// only the type's EDITABLE_ATTRS.
	request: {
		path: inboxesPath,
		body: {
			name: required('inboxName', 'Name', requiredText),
			...inboxSettings('inboxAdditionalFields'),
		},
		adjust(request) {
			const type = oneOf(CHANNEL_TYPES)(this.getNodeParameter('channelType'), 'Channel Type', this);
			if (type !== 'web_widget') {
				request.body.channel = { type, ...channelAttributes(this, type) };
				return;
			}
			const websiteUrl = this.getNodeParameter('websiteUrl', '') as string;
			if (String(websiteUrl).trim() === '') {
				throw invalid(this, 'Website URL', 'is required for a website inbox');
			}
			const settings = readOnce<IDataObject>(this, 'widgetSettings', {});
			request.body.channel = { type, ...widgetChannel(this, { ...settings, website_url: websiteUrl }) };
		},
		// avatar travels as a file, added by the multipart preSend (`files`)
		adjustedKeys: { body: ['avatar', 'channel'] },
	},
	fields: [
		{
			displayName: 'Name',
			name: 'inboxName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Support',
		},
		{
			displayName: 'Channel Type',
			name: 'channelType',
			type: 'options',
			required: true,
			// API first: the channel an automation usually wants; it needs no other settings.
			options: [
				{ name: 'API', value: 'api', description: 'Messages come and go through the API' },
				{ name: 'Email', value: 'email' },
				{ name: 'LINE', value: 'line' },
				{ name: 'SMS', value: 'sms' },
				{ name: 'Telegram', value: 'telegram' },
				{ name: 'Website', value: 'web_widget', description: 'Live chat widget on a website' },
				{ name: 'WhatsApp', value: 'whatsapp' },
			],
			default: 'api',
			description: 'Kind of channel. Each kind asks for what Chatwoot needs to connect it (bot token, phone number, email address...).',
		},
		...channelFields,
		{
			displayName: 'Website URL',
			name: 'websiteUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://www.example.com',
			description: 'Website the chat widget is placed on',
			displayOptions: { show: showOnlyForWebsiteInbox },
		},
		{
			displayName: 'Widget Settings',
			name: 'widgetSettings',
			type: 'collection',
			placeholder: 'Add Setting',
			default: {},
			displayOptions: { show: showOnlyForWebsiteInbox },
			options: widgetOptions,
		},
		{
			displayName: 'Additional Fields',
			name: 'inboxAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: inboxSettingOptions,
		},
	],
	files: { read: avatarFile('inboxAdditionalFields') },
});
