import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { buildRequest, optional, readOnce } from '../../shared/request';
import { text } from '../../shared/validators';
import { inboxPath, inboxSettingOptions, inboxSettings, widgetChannel, widgetOptions } from './fields';

const showOnlyForInboxUpdate = {
	resource: ['inbox'],
	operation: ['update'],
};

export const inboxUpdateRequest = buildRequest({
	path: inboxPath,
	body: {
		name: optional('inboxUpdateFields.name', 'Name', text),
		...inboxSettings('inboxUpdateFields'),
	},
	adjust(request) {
		const channel = widgetChannel(this, readOnce<IDataObject>(this, 'inboxUpdateFields', {}));
		if (Object.keys(channel).length > 0) request.body.channel = channel;
	},
	// avatar travels as a file, added by the multipart preSend (index.ts)
	adjustedKeys: { body: ['avatar', 'channel'] },
});

const websiteOnly = (option: INodeProperties): INodeProperties => ({
	...option,
	description: option.description
		? `${option.description} (website inboxes only)`
		: 'Website inboxes only',
});

const websiteUrlOption: INodeProperties = {
	displayName: 'Website URL',
	name: 'website_url',
	type: 'string',
	default: '',
	placeholder: 'e.g. https://www.example.com',
};

const nameOption: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '' };

// One alphabetical list: the inbox's own settings and the website channel's.
const updateOptions = [
	...inboxSettingOptions,
	nameOption,
	...[...widgetOptions, websiteUrlOption].map(websiteOnly),
].sort((a, b) => a.displayName.localeCompare(b.displayName));

export const inboxUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'inboxUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForInboxUpdate },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: updateOptions,
	},
];
