import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { attachmentFiles, attachmentsOption, messageText } from '../../shared/fields/messages';
import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { readOnce } from '../../../shared/fields/reads';
import { type RequestSpec } from '../../shared/request/buildRequest';
import { unixTime } from '../../shared/fields/formats';
import {
	boolean,
	emailList,
	invalid,
	jsonObject,
	oneOf,
	positiveInteger,
	text,
	type Check,
} from '../../../shared/fields/validators';
import { MESSAGES_URL, conversationPath, messageConversationLocator } from './fields';
import { templateParams, whatsAppTemplateOption } from './whatsAppTemplate';

const CONTENT_TYPES = ['article', 'cards', 'form', 'input_email', 'input_select', 'text'] as const;
// These render from content_attributes.items; without them Chatwoot answers 422 or 500.
const NEEDS_ITEMS = ['cards', 'form', 'input_select'];
const additional = (name: string, label: string, check: Check) =>
	optional(`messageAdditionalFields.${name}`, label, check);

const request: RequestSpec = {
	path: conversationPath,
	body: {
		message_type: additional('message_type', 'Message Type', oneOf(['incoming', 'outgoing'])),
		private: additional('private', 'Private Note', boolean),
		content_type: additional('content_type', 'Content Type', oneOf(CONTENT_TYPES)),
		content_attributes: additional('content_attributes', 'Content Attributes', jsonObject),
		campaign_id: additional('campaign_id', 'Campaign ID', positiveInteger),
		// Permitted by the server's MessageBuilder, left out of the spec (message_builder.rb:82-84, :121, :144-156)
		to_emails: additional('to_emails', 'To', emailList),
		cc_emails: additional('cc_emails', 'CC', emailList),
		bcc_emails: additional('bcc_emails', 'BCC', emailList),
		source_id: additional('source_id', 'Source ID', text),
		external_created_at: additional('external_created_at', 'External Created At', unixTime),
	},
	adjust(request) {
		const fields = readOnce<IDataObject>(this, 'messageAdditionalFields', {});
		const content = messageText(this, 'messageContent', 'messageAdditionalFields');
		if (content !== undefined) request.body.content = content;

		const contentType = request.body.content_type as string | undefined;
		if (contentType && NEEDS_ITEMS.includes(contentType)) {
			const items = (request.body.content_attributes as IDataObject | undefined)?.items;
			if (!Array.isArray(items) || items.length === 0) {
				throw invalid(
					this,
					'Content Attributes',
					`must have an "items" list for Content Type ${contentType}`,
					'Example for Input Select: {"items": [{"title": "Yes", "value": "yes"}, {"title": "No", "value": "no"}]}',
				);
			}
		}

		const template = (fields.template_params as IDataObject | undefined)?.template as
			| IDataObject
			| undefined;
		if (template) request.body.template_params = templateParams(this, template);
	},
	// attachments are files, added by the multipart preSend (`files` below)
	adjustedKeys: { body: ['content', 'template_params'] },
};

/** The files named in Attachments; none when the field is not set. */
const messageAttachments = attachmentFiles('messageAdditionalFields');

const createFields: INodeProperties[] = [
	{
		displayName: 'Content',
		name: 'messageContent',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description: 'Text of the message. Required unless the message has attachments.',
	},
	{
		displayName: 'Additional Fields',
		name: 'messageAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			attachmentsOption,
			{
				displayName: 'BCC',
				name: 'bcc_emails',
				type: 'string',
				default: '',
				placeholder: 'e.g. audit@example.com',
				description: 'Comma-separated email addresses to BCC (email inboxes)',
			},
			{
				displayName: 'Campaign ID',
				name: 'campaign_id',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description: 'ID of the campaign the message belongs to',
			},
			{
				displayName: 'CC',
				name: 'cc_emails',
				type: 'string',
				default: '',
				placeholder: 'e.g. billing@example.com, boss@example.com',
				description: 'Comma-separated email addresses to CC (email inboxes)',
			},
			{
				displayName: 'Content Attributes',
				name: 'content_attributes',
				type: 'json',
				default: '',
				description:
					'JSON object for rich content types, e.g. {"items": [{"title": "Yes", "value": "yes"}]} for Input Select',
			},
			{
				displayName: 'Content Type',
				name: 'content_type',
				type: 'options',
				options: [
					{ name: 'Article', value: 'article' },
					{ name: 'Cards', value: 'cards', description: 'Needs Content Attributes with items' },
					{ name: 'Form', value: 'form', description: 'Needs Content Attributes with items' },
					{ name: 'Input Email', value: 'input_email', description: 'Asks the contact for an email address' },
					{ name: 'Input Select', value: 'input_select', description: 'Needs Content Attributes with items' },
					{ name: 'Text', value: 'text' },
				],
				default: 'text',
			},
			{
				displayName: 'External Created At',
				name: 'external_created_at',
				type: 'dateTime',
				default: '',
				description: 'When the message was really written, e.g. in the system a history import or a channel bridge comes from',
			},
			{
				displayName: 'Message Type',
				name: 'message_type',
				type: 'options',
				options: [
					{ name: 'Incoming', value: 'incoming', description: 'As if the contact wrote it' },
					{ name: 'Outgoing', value: 'outgoing', description: 'A reply to the contact' },
				],
				default: 'outgoing',
			},
			{
				displayName: 'Private Note',
				name: 'private',
				type: 'boolean',
				default: false,
				description: 'Whether the message is a private note that only agents see',
			},
			{
				displayName: 'Source ID',
				name: 'source_id',
				type: 'string',
				default: '',
				description: "The message's ID in the channel it came from (bridges: lets Chatwoot match delivery updates and drop duplicates)",
			},
			{
				displayName: 'To',
				name: 'to_emails',
				type: 'string',
				default: '',
				placeholder: 'e.g. customer@example.com',
				description: 'Comma-separated email addresses to send to instead of the contact (email inboxes)',
			},
			whatsAppTemplateOption,
		],
	},
];

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Send a message',
	description: 'Send a message or private note in a conversation, with files if wanted',
	method: 'POST',
	url: MESSAGES_URL,
	request,
	fields: [messageConversationLocator, ...createFields],
	// With attachments the message goes out as multipart/form-data, content_attributes as
	// JSON text (Chatwoot's MessageBuilder parses it).
	files: { read: messageAttachments, asJson: ['content_attributes'] },
});
