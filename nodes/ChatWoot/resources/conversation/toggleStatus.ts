import { unixTime } from '../../shared/fields/formats';
import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { optional, required } from '../../shared/request/fieldSources';
import { oneOf } from '../../../shared/fields/validators';
import { CONVERSATION_URL, STATUSES, conversationLocator, conversationPath, statusOptions } from './fields';

export const toggleStatus = defineOperation({
	value: 'toggleStatus',
	name: 'Toggle Status',
	action: 'Set the status of a conversation',
	description: 'Open, resolve, set pending or snooze the conversation',
	method: 'POST',
	url: `${CONVERSATION_URL}/toggle_status`,
	request: {
		path: conversationPath,
		body: {
			status: required('status', 'Status', oneOf(STATUSES)),
			snoozed_until: optional('snoozeOptions.snoozed_until', 'Snoozed Until', unixTime),
		},
	},
	fields: [
		conversationLocator,
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			required: true,
			options: statusOptions,
			// Without a status Chatwoot toggles an open conversation to resolved.
			default: 'resolved',
		},
		{
			displayName: 'Snooze Options',
			name: 'snoozeOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show: { status: ['snoozed'] } },
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
	],
	output: [unwrap('payload')],
});
