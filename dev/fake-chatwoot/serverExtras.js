'use strict';
// Keys the server permits that the spec leaves out, and a key it requires that the server does
// without: allow-list entry 14 (allowList.js), next to the server check they come from.

const { CHANNEL_ATTRS } = require('./permits');

/**
 * Where the server takes more than the spec documents (keys the node sends that the spec's
 * schemas leave out, or a required key the server does without). spec.js applies these as
 * allow-list entries; each names its server source in server-routes.json.
 */
const SERVER_EXTRAS = [
	{
		// custom_filters_controller.rb:43-47 permits filter_type (enum conversation/contact/report); the spec's `type` is dropped
		kind: 'schema-patch',
		operations: ['create-a-custom-filter', 'update-a-custom-filter'],
		property: 'filter_type',
		schema: { type: 'string', enum: ['conversation', 'contact', 'report'] },
	},
	{
		// conversations_controller.rb:210-214: inbox_id + contact_id suffice; ContactInboxBuilder makes the source id
		kind: 'schema-patch',
		operations: ['newConversation'],
		notRequired: ['source_id'],
	},
	...['cc_emails', 'bcc_emails', 'to_emails', 'source_id'].map((property) => ({
		// message_builder.rb:82-84 (email recipients, comma separated), :144-156 source_id
		kind: 'schema-patch',
		operations: ['create-a-new-message-in-a-conversation'],
		property,
		schema: { type: 'string' },
	})),
	{
		// message_builder.rb:121 external_created_at (a time the message really happened, for imports)
		kind: 'schema-patch',
		operations: ['create-a-new-message-in-a-conversation'],
		property: 'external_created_at',
		schema: { type: ['string', 'integer'] },
	},
	{
		// assignments_controller.rb:43 `params[:assignee_type].to_s == 'AgentBot'`
		kind: 'schema-patch',
		operations: ['assign-a-conversation'],
		property: 'assignee_type',
		schema: { type: 'string', enum: ['User', 'AgentBot'] },
	},
	{
		// webhooks_controller.rb:26 permits inbox_id (a webhook for one inbox's events)
		kind: 'schema-patch',
		operations: ['create-a-webhook', 'update-a-webhook'],
		property: 'inbox_id',
		schema: { type: 'integer' },
	},
	{
		// platform accounts_controller.rb:48 permits features{} (feature name -> on/off)
		kind: 'schema-patch',
		operations: ['create-an-account', 'update-an-account'],
		property: 'features',
		schema: { type: 'object', additionalProperties: { type: 'boolean' } },
	},
	{
		// portals_controller.rb:93 `params.permit(:inbox_id)`: the live-chat widget inbox of the portal
		kind: 'schema-patch',
		operations: ['add-new-portal-to-account', 'update-portal-to-account'],
		property: 'inbox_id',
		schema: { type: 'integer' },
	},
	{
		// categories_controller.rb:55-57 permits icon_color
		kind: 'schema-patch',
		operations: ['add-new-category-to-account'],
		property: 'icon_color',
		schema: { type: 'string' },
	},
	...['inboxCreation', 'updateInbox'].map((operation) => ({
		// inboxes_controller.rb:96/118: channel keys are the channel type's EDITABLE_ATTRS (checked per type in permits.js)
		kind: 'schema-patch',
		operations: [operation],
		property: 'channel',
		schema: channelSchema(operation === 'inboxCreation'),
	})),
	{
		// inboxes_controller.rb:104 `params.permit(working_hours: Inbox::OFFISABLE_ATTRS)`
		kind: 'schema-patch',
		operations: ['updateInbox'],
		property: 'working_hours',
		schema: {
			type: 'array',
			items: {
				type: 'object',
				required: ['day_of_week'],
				properties: {
					day_of_week: { type: 'integer', minimum: 0, maximum: 6 },
					closed_all_day: { type: 'boolean' },
					open_all_day: { type: 'boolean' },
					open_hour: { type: 'integer', minimum: 0, maximum: 23 },
					open_minutes: { type: 'integer', minimum: 0, maximum: 59 },
					close_hour: { type: 'integer', minimum: 0, maximum: 23 },
					close_minutes: { type: 'integer', minimum: 0, maximum: 59 },
				},
				additionalProperties: false,
			},
		},
	},
];

/** Types of the channel keys; which keys a channel type takes is checked by permits.js. */
function channelSchema(create) {
	const text = { type: 'string' };
	const flag = { type: 'boolean' };
	const port = { type: 'integer' };
	const properties = {
		webhook_url: text, hmac_mandatory: flag, additional_attributes: { type: 'object' },
		email: text, provider: text, imap_enabled: flag, imap_login: text, imap_password: text, imap_address: text,
		imap_port: port, imap_enable_ssl: flag, smtp_enabled: flag, smtp_login: text, smtp_password: text,
		smtp_address: text, smtp_port: port, smtp_domain: text, smtp_enable_starttls_auto: flag,
		smtp_enable_ssl_tls: flag, smtp_openssl_verify_mode: text, smtp_authentication: text,
		line_channel_id: text, line_channel_secret: text, line_channel_token: text,
		phone_number: text, provider_config: { type: 'object' }, bot_token: text,
		website_url: text, widget_color: text, welcome_title: text, welcome_tagline: text,
	};
	if (create) properties.type = { type: 'string', enum: Object.keys(CHANNEL_ATTRS) };
	return { type: 'object', properties, additionalProperties: false, ...(create ? { required: ['type'] } : {}) };
}

module.exports = { SERVER_EXTRAS };
