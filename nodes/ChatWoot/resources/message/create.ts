import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { attachmentFiles, isBlank, messageText } from '../../shared/messages';
import { defineOperation } from '../../shared/operation';
import { optional, readOnce, type RequestSpec } from '../../shared/request';
import { unixTime } from '../../shared/formats';
import {
	boolean,
	emailList,
	invalid,
	jsonObject,
	oneOf,
	positiveInteger,
	text,
	url,
	type Check,
} from '../../shared/validators';
import { MESSAGES_URL, conversationPath, messageConversationLocator } from './fields';

const CONTENT_TYPES = ['article', 'cards', 'form', 'input_email', 'input_select', 'text'] as const;
// These render from content_attributes.items; without them Chatwoot answers 422 or 500.
const NEEDS_ITEMS = ['cards', 'form', 'input_select'];
const TEMPLATE_CATEGORIES = [
	'ISSUE_RESOLUTION',
	'MARKETING',
	'SHIPPING_UPDATE',
	'TICKET_UPDATE',
	'UTILITY',
] as const;

/** The WhatsApp Template fixedCollection as Chatwoot's template_params. */
function templateParams(ctx: IExecuteSingleFunctions, template: IDataObject): IDataObject {
	const field = (label: string) => `WhatsApp Template > ${label}`;
	for (const [key, label] of [
		['name', 'Name'],
		['language', 'Language'],
	]) {
		if (isBlank(template[key])) throw invalid(ctx, field(label), 'is required and cannot be empty');
	}
	const processed: IDataObject = {};
	const parameters = ((template.bodyParameters as IDataObject)?.parameter ?? []) as IDataObject[];
	if (parameters.length > 0) {
		processed.body = Object.fromEntries(
			parameters.map(({ key, value }) => {
				if (isBlank(key)) throw invalid(ctx, field('Body Parameters > Key'), 'cannot be empty');
				return [String(key).trim(), text(value ?? '', field('Body Parameters > Value'), ctx)];
			}),
		);
	}
	if (!isBlank(template.headerMediaUrl)) {
		processed.header = {
			media_url: url(template.headerMediaUrl, field('Header Media URL'), ctx),
			media_type: oneOf(['document', 'image', 'video'])(
				template.headerMediaType ?? 'image',
				field('Header Media Type'),
				ctx,
			),
		};
	}
	const buttons = ((template.buttons as IDataObject)?.button ?? []) as IDataObject[];
	if (buttons.length > 0) {
		processed.buttons = buttons.map((button) => ({
			type: oneOf(['copy_code', 'url'])(button.type, field('Buttons > Type'), ctx),
			parameter: text(button.parameter ?? '', field('Buttons > Parameter'), ctx),
		}));
	}
	return {
		name: text(template.name, field('Name'), ctx).trim(),
		category: oneOf(TEMPLATE_CATEGORIES)(template.category, field('Category'), ctx),
		language: text(template.language, field('Language'), ctx).trim(),
		processed_params: processed,
	};
}

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
			{
				displayName: 'WhatsApp Template',
				name: 'template_params',
				type: 'fixedCollection',
				placeholder: 'Add Template',
				default: {},
				description: 'Send a pre-approved WhatsApp template (WhatsApp inboxes only)',
				options: [
					{
						displayName: 'Template',
						name: 'template',
						values: [
							{
								displayName: 'Body Parameters',
								name: 'bodyParameters',
								type: 'fixedCollection',
								typeOptions: { multipleValues: true },
								placeholder: 'Add Parameter',
								default: {},
								options: [
									{
										displayName: 'Parameter',
										name: 'parameter',
										values: [
											{
												displayName: 'Key',
												name: 'key',
												type: 'string',
												default: '',
												placeholder: 'e.g. 1',
												description: 'Placeholder of the template body, e.g. 1 for {{1}}',
											},
											{
												displayName: 'Value',
												name: 'value',
												type: 'string',
												default: '',
											},
										],
									},
								],
							},
							{
								displayName: 'Buttons',
								name: 'buttons',
								type: 'fixedCollection',
								typeOptions: { multipleValues: true },
								placeholder: 'Add Button',
								default: {},
								options: [
									{
										displayName: 'Button',
										name: 'button',
										values: [
											{
												displayName: 'Type',
												name: 'type',
												type: 'options',
												options: [
													{ name: 'Copy Code', value: 'copy_code' },
													{ name: 'URL', value: 'url' },
												],
												default: 'url',
											},
											{
												displayName: 'Parameter',
												name: 'parameter',
												type: 'string',
												default: '',
												description: 'Dynamic part of the button: the URL suffix or the code',
											},
										],
									},
								],
							},
							{
								displayName: 'Category',
								name: 'category',
								type: 'options',
								options: [
									{ name: 'Issue Resolution', value: 'ISSUE_RESOLUTION' },
									{ name: 'Marketing', value: 'MARKETING' },
									{ name: 'Shipping Update', value: 'SHIPPING_UPDATE' },
									{ name: 'Ticket Update', value: 'TICKET_UPDATE' },
									{ name: 'Utility', value: 'UTILITY' },
								],
								default: 'MARKETING',
							},
							{
								displayName: 'Header Media Type',
								name: 'headerMediaType',
								type: 'options',
								options: [
									{ name: 'Document', value: 'document' },
									{ name: 'Image', value: 'image' },
									{ name: 'Video', value: 'video' },
								],
								default: 'image',
							},
							{
								displayName: 'Header Media URL',
								name: 'headerMediaUrl',
								type: 'string',
								default: '',
								description: 'Public URL of the image, video or document of a media header',
							},
							{
								displayName: 'Language',
								name: 'language',
								type: 'string',
								default: '',
								placeholder: 'e.g. en_US',
								description: 'Language code of the template',
							},
							{
								displayName: 'Name',
								name: 'name',
								type: 'string',
								default: '',
								description: 'Name of the template as approved in WhatsApp Business Manager',
							},
						],
					},
				],
			},
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
