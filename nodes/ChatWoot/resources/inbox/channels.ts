import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { readOnce } from '../../../shared/fields/reads';
import { boolean, email, jsonObject, oneOf, positiveInteger, requiredText, text, url, type Check } from '../../../shared/fields/validators';

export const CHANNEL_TYPES = ['api', 'email', 'line', 'sms', 'telegram', 'web_widget', 'whatsapp'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

type Kind = 'text' | 'secret' | 'flag' | 'port' | 'url' | 'json' | 'whatsappProvider';

const CHECKS: Record<Kind, Check> = {
	text,
	secret: text,
	flag: boolean,
	port: positiveInteger,
	url,
	json: jsonObject,
	whatsappProvider: oneOf(['default', 'whatsapp_cloud', 'whatsapp_web']),
};

/** One channel attribute: Chatwoot's key (Channel::<Type>::EDITABLE_ATTRS), label, kind, help. */
type Attribute = [key: string, label: string, kind: Kind, description?: string];

function attributeField([key, label, kind, description]: Attribute): INodeProperties {
	const base = { displayName: label, name: key, ...(description ? { description } : {}) };
	switch (kind) {
		case 'flag':
			return { ...base, type: 'boolean', default: false };
		case 'port':
			return { ...base, type: 'number', typeOptions: { minValue: 1, maxValue: 65535, numberPrecision: 0 }, default: 993 };
		case 'json':
			return { ...base, type: 'json', default: '' };
		case 'secret':
			return { ...base, type: 'string', typeOptions: { password: true }, default: '' };
		case 'whatsappProvider':
			return {
				...base,
				type: 'options',
				options: [
					{ name: '360dialog', value: 'default' },
					{ name: 'WhatsApp Cloud', value: 'whatsapp_cloud' },
					{ name: 'WhatsApp Web', value: 'whatsapp_web' },
				],
				default: 'default',
			};
		default:
			return { ...base, type: 'string', default: '' };
	}
}

/**
 * The attributes a channel model requires (its presence validations): without them Chatwoot
 * refuses the inbox, so they are required fields of Inbox > Create. SMS and WhatsApp share one
 * Phone Number field.
 */
const REQUIRED: Array<{ param: string; types: ChannelType[]; attribute: Attribute; check: Check; placeholder: string }> = [
	{ param: 'inboxChannelEmail', types: ['email'], attribute: ['email', 'Email', 'text', 'Address the inbox receives mail at'], check: email, placeholder: 'e.g. support@example.com' },
	{ param: 'lineChannelId', types: ['line'], attribute: ['line_channel_id', 'LINE Channel ID', 'text'], check: requiredText, placeholder: 'e.g. 1234567890' },
	{ param: 'lineChannelSecret', types: ['line'], attribute: ['line_channel_secret', 'LINE Channel Secret', 'secret'], check: requiredText, placeholder: '' },
	{ param: 'lineChannelToken', types: ['line'], attribute: ['line_channel_token', 'LINE Channel Access Token', 'secret'], check: requiredText, placeholder: '' },
	{ param: 'inboxPhoneNumber', types: ['sms', 'whatsapp'], attribute: ['phone_number', 'Phone Number', 'text', 'The number of the channel in international format'], check: requiredText, placeholder: 'e.g. +4915112345678' },
	{ param: 'telegramBotToken', types: ['telegram'], attribute: ['bot_token', 'Bot Token', 'secret', 'Token of the Telegram bot, from BotFather'], check: requiredText, placeholder: '' },
];

/** The other attributes each channel takes, offered in one collection per channel type. */
const SETTINGS: Partial<Record<ChannelType, { param: string; attributes: Attribute[] }>> = {
	api: {
		param: 'apiChannelSettings',
		attributes: [
			['hmac_mandatory', 'HMAC Mandatory', 'flag', 'Whether contacts must be identified with an identifier hash'],
			['webhook_url', 'Webhook URL', 'url', 'Chatwoot posts new messages and conversation events of the inbox to this URL'],
		],
	},
	email: {
		param: 'emailChannelSettings',
		attributes: [
			['imap_address', 'IMAP Address', 'text', 'e.g. imap.example.com'],
			['imap_enable_ssl', 'IMAP Enable SSL', 'flag', 'Whether IMAP uses SSL'],
			['imap_enabled', 'IMAP Enabled', 'flag', 'Whether Chatwoot fetches mail by IMAP'],
			['imap_login', 'IMAP Login', 'text'],
			['imap_password', 'IMAP Password', 'secret'],
			['imap_port', 'IMAP Port', 'port'],
			['provider', 'Provider', 'text', 'Mail provider for OAuth inboxes, e.g. microsoft or google'],
			['smtp_address', 'SMTP Address', 'text', 'e.g. smtp.example.com'],
			['smtp_authentication', 'SMTP Authentication', 'text', 'e.g. login, plain'],
			['smtp_domain', 'SMTP Domain', 'text'],
			['smtp_enable_ssl_tls', 'SMTP Enable SSL/TLS', 'flag', 'Whether SMTP uses SSL/TLS'],
			['smtp_enable_starttls_auto', 'SMTP Enable STARTTLS Auto', 'flag', 'Whether SMTP upgrades with STARTTLS'],
			['smtp_enabled', 'SMTP Enabled', 'flag', 'Whether replies go out through this SMTP server'],
			['smtp_login', 'SMTP Login', 'text'],
			['smtp_openssl_verify_mode', 'SMTP OpenSSL Verify Mode', 'text', 'e.g. none, peer'],
			['smtp_password', 'SMTP Password', 'secret'],
			['smtp_port', 'SMTP Port', 'port'],
		],
	},
	sms: {
		param: 'smsChannelSettings',
		attributes: [['provider_config', 'Provider Config', 'json', 'JSON object of the Bandwidth account: account_id, application_id, api_key, api_secret']],
	},
	whatsapp: {
		param: 'whatsappChannelSettings',
		attributes: [
			['provider', 'Provider', 'whatsappProvider'],
			['provider_config', 'Provider Config', 'json', 'JSON object of the provider, e.g. {"api_key": "...", "phone_number_id": "...", "business_account_id": "..."} for WhatsApp Cloud'],
		],
	},
};

const showForChannels = (types: readonly string[]) => ({ channelType: [...types] });

/** Inbox > Create: the required attribute fields and one settings collection per channel type. */
export const channelFields: INodeProperties[] = [
	...REQUIRED.map(({ param, types, attribute, placeholder }) => ({
		...attributeField(attribute),
		name: param,
		required: true,
		...(placeholder ? { placeholder } : {}),
		displayOptions: { show: showForChannels(types) },
	})),
	...Object.entries(SETTINGS).map(([type, settings]) => ({
		displayName: 'Channel Settings',
		name: settings!.param,
		type: 'collection' as const,
		placeholder: 'Add Setting',
		default: {},
		displayOptions: { show: showForChannels([type]) },
		options: settings!.attributes.map(attributeField),
	})),
];

/** Values of a settings collection, checked; fields left blank are not sent. */
export function settingValues(ctx: IExecuteSingleFunctions, values: IDataObject, attributes: Attribute[]): IDataObject {
	const out: IDataObject = {};
	for (const [key, label, kind] of attributes) {
		const value = values[key];
		if (value === undefined || value === null || String(value).trim() === '') continue;
		out[key] = CHECKS[kind](value, label, ctx) as IDataObject[string];
	}
	return out;
}

/** The `channel` attributes of a new inbox of this type (the website inbox has its own fields). */
export function channelAttributes(ctx: IExecuteSingleFunctions, type: ChannelType): IDataObject {
	const out: IDataObject = {};
	for (const { param, types, attribute, check } of REQUIRED) {
		if (!types.includes(type)) continue;
		out[attribute[0]] = check(readOnce(ctx, param, ''), attribute[1], ctx) as IDataObject[string];
	}
	const settings = SETTINGS[type];
	if (settings) Object.assign(out, settingValues(ctx, readOnce<IDataObject>(ctx, settings.param, {}), settings.attributes));
	return out;
}

/** API channel settings an existing inbox can change (Inbox > Update). */
export const apiChannelAttributes = SETTINGS.api!.attributes;
export const apiChannelOptions: INodeProperties[] = apiChannelAttributes.map(attributeField);
