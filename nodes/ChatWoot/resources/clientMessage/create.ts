import { attachmentFiles, attachmentsOption, messageText } from '../../shared/fields/messages';
import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { MESSAGES_URL, conversationFields, conversationPath } from './fields';

// An incoming message from the contact. Public::Api::V1::Inboxes::MessagesController#create
// also takes files as attachments[] (multipart), like the application API.
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Send a message as the contact',
	description: 'Send a message as the contact, with files if wanted',
	method: 'POST',
	url: MESSAGES_URL,
	request: {
		path: conversationPath,
		body: {
			echo_id: optional('clientMessageAdditionalFields.echo_id', 'Echo ID', text),
		},
		adjust(request) {
			const content = messageText(this, 'clientMessageContent', 'clientMessageAdditionalFields');
			if (content !== undefined) request.body = { content, ...request.body };
		},
		// attachments are files, added by the multipart preSend (`files`)
		adjustedKeys: { body: ['content'] },
	},
	fields: [
		...conversationFields,
		{
			displayName: 'Content',
			name: 'clientMessageContent',
			type: 'string',
			default: '',
			typeOptions: { rows: 3 },
			description: 'Text of the message, as written by the contact. Required unless the message has attachments.',
		},
		{
			displayName: 'Additional Fields',
			name: 'clientMessageAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				attachmentsOption,
				{
					displayName: 'Echo ID',
					name: 'echo_id',
					type: 'string',
					default: '',
					description: 'Your own temporary ID, sent back with the message over the websocket',
				},
			],
		},
	],
	// With attachments the message goes out as multipart/form-data (content, echo_id, files).
	files: { read: attachmentFiles('clientMessageAdditionalFields') },
});
