import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional, required } from '../../shared/request';
import { boolean, oneOf } from '../../shared/validators';
import { conversationPath, showFor } from './fields';

export const conversationToggleTypingStatusRequest = buildRequest({
	path: conversationPath,
	body: {
		typing_status: required('conversationTypingStatus', 'Typing Status', oneOf(['on', 'off'])),
		is_private: optional('conversationTypingOptions.is_private', 'Private Note', boolean),
	},
});

export const conversationToggleTypingStatusDescription: INodeProperties[] = [
	{
		displayName: 'Typing Status',
		name: 'conversationTypingStatus',
		type: 'options',
		required: true,
		options: [
			{ name: 'Off', value: 'off' },
			{ name: 'On', value: 'on' },
		],
		default: 'off',
		description: 'Whether the contact sees the agent typing',
		displayOptions: { show: showFor('toggleTypingStatus') },
	},
	{
		displayName: 'Options',
		name: 'conversationTypingOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor('toggleTypingStatus') },
		options: [
			{
				displayName: 'Private Note',
				name: 'is_private',
				type: 'boolean',
				default: false,
				description: 'Whether the typing is on a private note (shown to agents only)',
			},
		],
	},
];
