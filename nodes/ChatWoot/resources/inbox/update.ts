import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { readOnce } from '../../../shared/fields/reads';
import { text } from '../../../shared/fields/validators';
import { apiChannelAttributes, apiChannelOptions, settingValues } from './channels';
import {
	avatarFile,
	INBOX_URL,
	inboxLocator,
	inboxPath,
	inboxSettingOptions,
	inboxSettings,
	widgetChannel,
	widgetOptions,
} from './fields';
import { workingHours, workingHoursOption } from './workingHours';

const only = (which: string) => (option: INodeProperties): INodeProperties => ({
	...option,
	description: option.description ? `${option.description} (${which} only)` : `${which[0].toUpperCase()}${which.slice(1)} only`,
});
const websiteOnly = only('website inboxes');

const websiteUrlOption: INodeProperties = {
	displayName: 'Website URL',
	name: 'website_url',
	type: 'string',
	default: '',
	placeholder: 'e.g. https://www.example.com',
};

const nameOption: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '' };

// One alphabetical list: the inbox's own settings and those of the API and website channels.
const updateOptions = [
	...inboxSettingOptions,
	nameOption,
	workingHoursOption,
	...[...widgetOptions, websiteUrlOption].map(websiteOnly),
	...apiChannelOptions.map((option) => only(option.name === 'hmac_mandatory' ? 'API and website inboxes' : 'API inboxes')(option)),
].sort((a, b) => a.displayName.localeCompare(b.displayName));

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update an inbox',
	method: 'PATCH',
	url: INBOX_URL,
	request: {
		path: inboxPath,
		body: {
			name: optional('inboxUpdateFields.name', 'Name', text),
			...inboxSettings('inboxUpdateFields'),
		},
		adjust(request) {
			const values = readOnce<IDataObject>(this, 'inboxUpdateFields', {});
			// Chatwoot keeps the channel keys of the inbox's own type: widget keys for a website
			// inbox, webhook_url for an API inbox (hmac_mandatory: both)
			const channel = { ...widgetChannel(this, values), ...settingValues(this, values, apiChannelAttributes) };
			if (Object.keys(channel).length > 0) request.body.channel = channel;
			if (values.working_hours !== undefined) request.body.working_hours = workingHours(this, values.working_hours as IDataObject);
		},
		// avatar travels as a file, added by the multipart preSend (`files`)
		adjustedKeys: { body: ['avatar', 'channel', 'working_hours'] },
	},
	fields: [
		inboxLocator,
		{
			displayName: 'Update Fields',
			name: 'inboxUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: updateOptions,
		},
	],
	files: { read: avatarFile('inboxUpdateFields') },
});
