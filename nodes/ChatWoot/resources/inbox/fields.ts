import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../../shared/fields/locators';
import { readBinaryFiles } from '../../shared/files/multipart';
import type { RequestSpec } from '../../shared/request/buildRequest';
import { ACCOUNT, locator, optional, readField, required, type FieldSource } from '../../shared/request/fieldSources';
import { readOnce } from '../../../shared/fields/reads';
import { boolean, invalid, oneOf, positiveInteger, requiredText, show, text, url, type Check } from '../../../shared/fields/validators';

export const INBOXES_URL = '/api/v1/accounts/{account_id}/inboxes';
export const INBOX_URL = '/api/v1/accounts/{account_id}/inboxes/{id}';
export const MEMBERS_URL = '/api/v1/accounts/{account_id}/inbox_members';

export const inboxesPath = { account_id: ACCOUNT };
export const inboxPath = { account_id: ACCOUNT, id: locator('inbox', 'Inbox') };

/** The inbox, one field for every operation on an existing inbox. */
export const inboxLocator: INodeProperties = idLocator({
	name: 'inbox',
	displayName: 'Inbox',
	searchListMethod: 'getInboxes',
	urlSegment: 'settings/inboxes',
});

const SETTINGS: Array<[name: string, label: string, check: Check]> = [
	['allow_messages_after_resolved', 'Allow Messages After Resolved', boolean],
	['business_name', 'Business Name', text],
	['csat_survey_enabled', 'CSAT Survey Enabled', boolean],
	['enable_auto_assignment', 'Enable Auto Assignment', boolean],
	['enable_email_collect', 'Enable Email Collect', boolean],
	['greeting_enabled', 'Greeting Enabled', boolean],
	['greeting_message', 'Greeting Message', text],
	['lock_to_single_conversation', 'Lock to Single Conversation', boolean],
	['out_of_office_message', 'Out of Office Message', text],
	['portal_id', 'Help Center Portal ID', positiveInteger],
	['sender_name_type', 'Sender Name Type', oneOf(['friendly', 'professional'])],
	['timezone', 'Timezone', text],
	['working_hours_enabled', 'Working Hours Enabled', boolean],
];

/** Inbox settings shared by Create (Additional Fields) and Update (Update Fields). */
export function inboxSettings(collection: string): Record<string, FieldSource> {
	return Object.fromEntries(
		SETTINGS.map(([name, label, check]) => [name, optional(`${collection}.${name}`, label, check)]),
	);
}

// Defaults are Chatwoot's own for a new inbox.
export const inboxSettingOptions: INodeProperties[] = [
	{
		displayName: 'Allow Messages After Resolved',
		name: 'allow_messages_after_resolved',
		type: 'boolean',
		default: true,
		description: 'Whether contacts may write into a resolved conversation (else they start a new one)',
	},
	{
		displayName: 'Avatar (Binary Property)',
		name: 'avatar',
		type: 'string',
		default: '',
		placeholder: 'e.g. data',
		description:
			'Name of the binary property of the input item that holds the avatar image. The request then goes out as multipart/form-data.',
	},
	{
		displayName: 'Business Name',
		name: 'business_name',
		type: 'string',
		default: '',
		description: 'Name shown to contacts when Sender Name Type is Professional',
	},
	{
		displayName: 'CSAT Survey Enabled',
		name: 'csat_survey_enabled',
		type: 'boolean',
		default: false,
		description: 'Whether contacts get a satisfaction survey when a conversation is resolved',
	},
	{
		displayName: 'Enable Auto Assignment',
		name: 'enable_auto_assignment',
		type: 'boolean',
		default: true,
		description: "Whether new conversations are assigned to the inbox's agents automatically",
	},
	{
		displayName: 'Enable Email Collect',
		name: 'enable_email_collect',
		type: 'boolean',
		default: true,
		description: 'Whether the widget asks contacts for their email address',
	},
	{
		displayName: 'Greeting Enabled',
		name: 'greeting_enabled',
		type: 'boolean',
		default: false,
		description: 'Whether new conversations get the greeting message',
	},
	{
		displayName: 'Greeting Message',
		name: 'greeting_message',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
	},
	{
		displayName: 'Help Center Portal ID',
		name: 'portal_id',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'ID of the Help Center portal linked to the inbox',
	},
	{
		displayName: 'Lock to Single Conversation',
		name: 'lock_to_single_conversation',
		type: 'boolean',
		default: false,
		description: 'Whether a contact keeps one conversation in this inbox instead of starting new ones',
	},
	{
		displayName: 'Out of Office Message',
		name: 'out_of_office_message',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Sent outside working hours (when Working Hours Enabled)',
	},
	{
		displayName: 'Sender Name Type',
		name: 'sender_name_type',
		type: 'options',
		options: [
			{ name: 'Friendly', value: 'friendly', description: "The agent's name" },
			{ name: 'Professional', value: 'professional', description: 'The business name' },
		],
		default: 'friendly',
		description: 'Which name contacts see on outgoing messages',
	},
	{
		displayName: 'Timezone',
		name: 'timezone',
		type: 'string',
		default: '',
		placeholder: 'e.g. Europe/Berlin',
		description: 'Timezone of the working hours (IANA name)',
	},
	{
		displayName: 'Working Hours Enabled',
		name: 'working_hours_enabled',
		type: 'boolean',
		default: false,
		description: 'Whether the inbox keeps working hours (set them in the dashboard)',
	},
];

/** Settings of the website widget (Channel::WebWidget::EDITABLE_ATTRS). */
export const widgetOptions: INodeProperties[] = [
	{
		displayName: 'Welcome Tagline',
		name: 'welcome_tagline',
		type: 'string',
		default: '',
		description: 'Text under the welcome title in the widget',
	},
	{
		displayName: 'Welcome Title',
		name: 'welcome_title',
		type: 'string',
		default: '',
		description: 'Heading of the widget',
	},
	{
		displayName: 'Widget Color',
		name: 'widget_color',
		type: 'color',
		default: '#1f93ff',
	},
];

const WIDGET_LABELS: Record<string, string> = {
	website_url: 'Website URL',
	welcome_title: 'Welcome Title',
	welcome_tagline: 'Welcome Tagline',
	widget_color: 'Widget Color',
};

/** The `channel` object from the widget fields that were set (nothing when none was). */
export function widgetChannel(
	ctx: IExecuteSingleFunctions,
	values: IDataObject,
): IDataObject {
	const channel: IDataObject = {};
	for (const [name, label] of Object.entries(WIDGET_LABELS)) {
		const value = values[name];
		if (value === undefined || value === null || String(value).trim() === '') continue;
		channel[name] = name === 'website_url' ? url(value, label, ctx) : text(value, label, ctx);
	}
	return channel;
}

/**
 * The avatar file, when a binary property is named in the collection: with one, the same
 * fields go out as multipart/form-data (Rails reads both alike).
 */
export function avatarFile(collection: string) {
	return async (ctx: IExecuteSingleFunctions) => {
		const name = readOnce<IDataObject>(ctx, collection, {}).avatar;
		if (name === undefined || String(name).trim() === '') return [];
		return await readBinaryFiles(ctx, name, 'Avatar (Binary Property)', 'avatar');
	};
}

// The spec types inbox_id of Update/Remove Members as a string (Add Members: an integer);
// Rails reads both, so each operation sends the type its schema names.
export const inboxIdAsText = locator('inbox', 'Inbox', (value, field, ctx) =>
	String(positiveInteger(value, field, ctx)),
);

// ---- CSAT template of a WhatsApp inbox (InboxCsatTemplatesController) ----

export const CSAT_TEMPLATE_URL = '/api/v1/accounts/{account_id}/inboxes/{inbox_id}/csat_template';

export const csatTemplatePath = { account_id: ACCOUNT, inbox_id: locator('inbox', 'Inbox') };

// WhatsApp's limit for the text of a template button
const BUTTON_TEXT_MAX = 25;

const buttonText: Check<string> = (value, field, ctx) => {
	const result = text(value, field, ctx).trim();
	if (result.length > BUTTON_TEXT_MAX) {
		throw invalid(ctx, field, `must be at most ${BUTTON_TEXT_MAX} characters (WhatsApp's limit for button text), it has ${result.length}`);
	}
	return result;
};

// WhatsApp template language codes: en, fil, pt_BR, zh_HK
const templateLanguage: Check<string> = (value, field, ctx) => {
	const result = text(value, field, ctx).trim();
	if (!/^[a-z]{2,3}(_[A-Za-z]{2,4})?$/.test(result)) {
		throw invalid(ctx, field, `must be a WhatsApp language code like en or pt_BR, got ${show(value)}`);
	}
	return result;
};

const CSAT_TEMPLATE_FIELDS: Record<string, FieldSource> = {
	message: required('inboxCsatMessage', 'Message', requiredText),
	button_text: optional('inboxCsatTemplateOptions.button_text', 'Button Text', buttonText),
	language: optional('inboxCsatTemplateOptions.language', 'Language', templateLanguage),
};

/**
 * Set and Analyze CSAT Template: the template's fields nested as `template`, which the
 * controller requires (no ParamsWrapper: no model is named after it).
 */
export const csatTemplateRequest: RequestSpec = {
	path: csatTemplatePath,
	adjust(request) {
		const template: IDataObject = {};
		for (const [key, source] of Object.entries(CSAT_TEMPLATE_FIELDS)) {
			const value = readField(this, source);
			if (value !== undefined) template[key] = value as IDataObject[string];
		}
		request.body.template = template;
	},
	adjustedKeys: { body: ['template'] },
};

export const csatTemplateFields: INodeProperties[] = [
	inboxLocator,
	{
		displayName: 'Message',
		name: 'inboxCsatMessage',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. Your support request has been resolved. How did we do?',
		description: 'Text of the survey message; its button opens the rating page',
	},
	{
		displayName: 'Options',
		name: 'inboxCsatTemplateOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Button Text',
				name: 'button_text',
				type: 'string',
				default: '',
				placeholder: 'e.g. Rate us',
				description: 'At most 25 characters; Chatwoot uses "Please rate us" when empty',
			},
			{
				displayName: 'Language',
				name: 'language',
				type: 'string',
				default: '',
				placeholder: 'e.g. pt_BR',
				description: 'WhatsApp language code of the template; Chatwoot uses en when empty',
			},
		],
	},
];
