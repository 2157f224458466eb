import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { isoDateTime } from '../../shared/fields/formats';
import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { optional, optionalLocator } from '../../shared/request/fieldSources';
import { readOnce } from '../../../shared/fields/reads';
import { type RequestSpec } from '../../shared/request/buildRequest';
import { invalid, jsonObject, oneOf, text, type Check } from '../../../shared/fields/validators';
import { CONVERSATIONS_URL, conversationsPath, statusOptions } from './fields';

const field = (name: string, label: string, check: Check) =>
	optional(`conversationAdditionalFields.${name}`, label, check);

const request: RequestSpec = {
	path: conversationsPath,
	body: {
		// The spec requires source_id; the server builds the contact inbox from Inbox + Contact
		// and makes the source ID itself (conversations_controller.rb:210-214)
		source_id: optional('sourceId', 'Source ID', text),
		inbox_id: optionalLocator('conversationAdditionalFields.inbox_id', 'Inbox'),
		contact_id: optionalLocator('conversationAdditionalFields.contact_id', 'Contact'),
		assignee_id: optionalLocator('conversationAdditionalFields.assignee_id', 'Agent'),
		team_id: optionalLocator('conversationAdditionalFields.team_id', 'Team'),
		status: field('status', 'Status', oneOf(['open', 'resolved', 'pending'])),
		snoozed_until: field('snoozed_until', 'Snoozed Until', isoDateTime),
		additional_attributes: field('additional_attributes', 'Additional Attributes', jsonObject),
		custom_attributes: field('custom_attributes', 'Custom Attributes', jsonObject),
	},
	adjustedKeys: { body: ['message'] },
	// The first message and its WhatsApp template go in one nested `message` object.
	adjust(built) {
		const fields = readOnce<IDataObject>(this, 'conversationAdditionalFields', {});
		if (built.body.source_id === undefined && (built.body.inbox_id === undefined || built.body.contact_id === undefined)) {
			throw invalid(
				this,
				'Source ID',
				'is required unless Inbox and Contact are both set',
				'Give the Source ID of a contact inbox, or add Inbox and Contact under Additional Fields: Chatwoot then makes the source ID itself.',
			);
		}
		const content = fields.message === undefined ? '' : text(fields.message, 'Message', this);
		const template = (fields.template_params as IDataObject | undefined)?.template as IDataObject | undefined;
		if (content.trim() === '') {
			if (template) throw invalid(this, 'Message', 'is required when a message template is set');
			return;
		}
		built.body.message = template ? { content, template_params: templateParams(template, this) } : { content };
	},
};

function templateParams(template: IDataObject, ctx: IExecuteSingleFunctions): IDataObject {
	const params: IDataObject = {};
	for (const [key, label] of [['name', 'Name'], ['category', 'Category'], ['language', 'Language']]) {
		const value = text(template[key] ?? '', `Message Template > ${label}`, ctx).trim();
		if (value !== '') params[key] = value;
	}
	if (!params.name) throw invalid(ctx, 'Message Template > Name', 'is required and cannot be empty');
	if (template.processed_params !== undefined && template.processed_params !== '') {
		params.processed_params = jsonObject(template.processed_params, 'Message Template > Processed Params', ctx);
	}
	return params;
}

const createFields: INodeProperties[] = [
	{
		displayName: 'Source ID',
		name: 'sourceId',
		type: 'string',
		default: '',
		description:
			"The contact's ID in the inbox's channel (the source ID of its contact inbox, e.g. from Contact > Create Contact Inbox). Leave empty to use Inbox and Contact (Additional Fields) instead: Chatwoot then makes the source ID.",
	},
	{
		displayName: 'Additional Fields',
		name: 'conversationAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Additional Attributes',
				name: 'additional_attributes',
				type: 'json',
				default: '',
				description: 'JSON object of details such as browser information',
			},
			relatedLocator('agent', 'assignee_id', 'Agent to assign the conversation to'),
			relatedLocator('contact', 'contact_id', 'Contact the conversation is with'),
			{
				displayName: 'Custom Attributes',
				name: 'custom_attributes',
				type: 'json',
				default: '',
				description: 'JSON object of custom attribute values, keyed by the attribute key defined in Chatwoot',
			},
			relatedLocator('inbox', 'inbox_id', 'Inbox (website, API, phone or email) to create the conversation in'),
			{
				displayName: 'Message',
				name: 'message',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'First message of the conversation, sent by the token\'s user',
			},
			{
				displayName: 'Message Template',
				name: 'template_params',
				type: 'fixedCollection',
				default: {},
				placeholder: 'Add Template',
				description: 'WhatsApp template the first message uses',
				options: [
					{
						displayName: 'Template',
						name: 'template',
						values: [
							{ displayName: 'Category', name: 'category', type: 'string', default: '', placeholder: 'e.g. UTILITY' },
							{ displayName: 'Language', name: 'language', type: 'string', default: '', placeholder: 'e.g. en_US' },
							{ displayName: 'Name', name: 'name', type: 'string', default: '' },
							{
								displayName: 'Processed Params',
								name: 'processed_params',
								type: 'json',
								default: '',
								description: 'JSON object of the template variables, e.g. {"1": "Jane"}',
							},
						],
					},
				],
			},
			{
				displayName: 'Snoozed Until',
				name: 'snoozed_until',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: statusOptions.filter((option) => option.value !== 'snoozed'),
				default: 'open',
			},
			relatedLocator('team', 'team_id', 'Team to assign the conversation to'),
		],
	},
];

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a conversation',
	method: 'POST',
	url: CONVERSATIONS_URL,
	request,
	fields: createFields,
});
