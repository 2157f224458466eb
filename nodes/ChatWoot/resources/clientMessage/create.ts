import type { INodeProperties } from 'n8n-workflow';
import { clientFields } from '../../shared/clientApi';
import { buildRequest, optional, required } from '../../shared/request';
import { requiredText, text } from '../../shared/validators';
import { conversationPath, showFor } from './fields';

// An incoming message from the contact.
export const clientMessageCreateRequest = buildRequest({
	path: conversationPath,
	body: {
		content: required('content', 'Content', requiredText),
		echo_id: optional('additionalFields.echo_id', 'Echo ID', text),
	},
});

export const clientMessageCreateDescription: INodeProperties[] = [
	...clientFields(showFor('create'), true),
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 3 },
		description: 'Text of the message, as written by the contact',
		displayOptions: { show: showFor('create') },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('create') },
		options: [
			{
				displayName: 'Echo ID',
				name: 'echo_id',
				type: 'string',
				default: '',
				description: 'Your own temporary ID, sent back with the message over the websocket',
			},
		],
	},
];
