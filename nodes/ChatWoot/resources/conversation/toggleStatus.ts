import type { INodeProperties } from 'n8n-workflow';
import { unixTime } from '../../shared/formats';
import { buildRequest, optional, required } from '../../shared/request';
import { oneOf } from '../../shared/validators';
import { STATUSES, conversationPath, showFor, statusOptions } from './fields';

export const conversationToggleStatusRequest = buildRequest({
	path: conversationPath,
	body: {
		status: required('status', 'Status', oneOf(STATUSES)),
		snoozed_until: optional('snoozeOptions.snoozed_until', 'Snoozed Until', unixTime),
	},
});

export const conversationToggleStatusDescription: INodeProperties[] = [
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		required: true,
		options: statusOptions,
		// Without a status Chatwoot toggles an open conversation to resolved.
		default: 'resolved',
		displayOptions: { show: showFor('toggleStatus') },
	},
	{
		displayName: 'Snooze Options',
		name: 'snoozeOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { ...showFor('toggleStatus'), status: ['snoozed'] } },
		options: [
			{
				displayName: 'Snoozed Until',
				name: 'snoozed_until',
				type: 'dateTime',
				default: '',
				description:
					'When the conversation reopens. Without it, it stays snoozed until the contact replies (a reply always reopens it).',
			},
		],
	},
];
