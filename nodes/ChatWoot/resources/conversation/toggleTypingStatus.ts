import { defineOperation } from '../../shared/declare/operation';
import { optional, required } from '../../shared/request/fieldSources';
import { boolean, oneOf } from '../../../shared/fields/validators';
import { CONVERSATION_URL, conversationLocator, conversationPath } from './fields';

export const toggleTypingStatus = defineOperation({
	value: 'toggleTypingStatus',
	name: 'Toggle Typing Status',
	action: 'Set the typing indicator of a conversation',
	method: 'POST',
	url: `${CONVERSATION_URL}/toggle_typing_status`,
	request: {
		path: conversationPath,
		body: {
			typing_status: required('conversationTypingStatus', 'Typing Status', oneOf(['on', 'off'])),
			is_private: optional('conversationTypingOptions.is_private', 'Private Note', boolean),
		},
	},
	fields: [
		conversationLocator,
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
		},
		{
			displayName: 'Options',
			name: 'conversationTypingOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
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
	],
});
