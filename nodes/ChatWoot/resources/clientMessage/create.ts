import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { readBinaryFiles } from '../../shared/multipart';
import { buildRequest, optional, readOnce } from '../../shared/request';
import { invalid, text } from '../../shared/validators';
import { conversationPath, showFor } from './fields';

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || String(value).trim() === '';
}

// An incoming message from the contact. Public::Api::V1::Inboxes::MessagesController#create
// also takes files as attachments[] (multipart), like the application API.
export const clientMessageCreateRequest = buildRequest({
	path: conversationPath,
	body: {
		echo_id: optional('clientMessageAdditionalFields.echo_id', 'Echo ID', text),
	},
	adjust(request) {
		// Content may stay empty only when files are attached.
		const content = readOnce(this, 'clientMessageContent', '');
		if (!isBlank(content)) {
			request.body = { content: text(content, 'Content', this), ...request.body };
			return;
		}
		const fields = readOnce<IDataObject>(this, 'clientMessageAdditionalFields', {});
		if (isBlank(fields.attachments)) {
			throw invalid(
				this,
				'Content',
				'is required and cannot be empty (unless the message has Attachments)',
			);
		}
	},
	// attachments are files, added by the multipart preSend (index.ts)
	adjustedKeys: { body: ['content'] },
});

/** The files named in Attachments; none when the field is not set. */
export async function clientMessageAttachments(ctx: IExecuteSingleFunctions) {
	const names = readOnce<IDataObject>(ctx, 'clientMessageAdditionalFields', {}).attachments;
	if (isBlank(names)) return [];
	return await readBinaryFiles(ctx, names, 'Attachments', 'attachments[]');
}

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
