import type { INodeProperties } from 'n8n-workflow';
import { attachmentFiles, messageText } from '../../shared/messages';
import { buildRequest, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import { conversationPath, showFor } from './fields';

// An incoming message from the contact. Public::Api::V1::Inboxes::MessagesController#create
// also takes files as attachments[] (multipart), like the application API.
export const clientMessageCreateRequest = buildRequest({
	path: conversationPath,
	body: {
		echo_id: optional('clientMessageAdditionalFields.echo_id', 'Echo ID', text),
	},
	adjust(request) {
		const content = messageText(this, 'clientMessageContent', 'clientMessageAdditionalFields');
		if (content !== undefined) request.body = { content, ...request.body };
	},
	// attachments are files, added by the multipart preSend (index.ts)
	adjustedKeys: { body: ['content'] },
});

/** The files named in Attachments; none when the field is not set. */
export const clientMessageAttachments = attachmentFiles('clientMessageAdditionalFields');

export const clientMessageCreateDescription: INodeProperties[] = [
	{
		displayName: 'Content',
		name: 'clientMessageContent',
		type: 'string',
		default: '',
		typeOptions: { rows: 3 },
		description: 'Text of the message, as written by the contact. Required unless the message has attachments.',
		displayOptions: { show: showFor('create') },
	},
	{
		displayName: 'Additional Fields',
		name: 'clientMessageAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('create') },
		options: [
			{
				displayName: 'Attachments',
				name: 'attachments',
				type: 'string',
				default: '',
				placeholder: 'e.g. data, invoice',
				description:
					'Comma-separated names of binary properties of the input item to attach as files. The message then goes out as multipart/form-data.',
			},
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
