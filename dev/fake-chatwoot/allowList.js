'use strict';
// The allow-list of the spec check: every place where the fake accepts what the spec does not
// say, or refuses what it allows, each entry with its reason (README "The allow-list").

const { SERVER_EXTRAS } = require('./serverExtras');
const { FILE_KEYWORD, MULTIPART } = require('./schemaChecks');

// Webhook::ALLOWED_WEBHOOK_EVENTS of Chatwoot 4.11.2
const SERVER_WEBHOOK_EVENTS = [
	'conversation_status_changed',
	'conversation_updated',
	'conversation_created',
	'contact_created',
	'contact_updated',
	'message_created',
	'message_updated',
	'webwidget_triggered',
	'inbox_created',
	'inbox_updated',
	'conversation_typing_on',
	'conversation_typing_off',
];

// What the real server accepts beyond the spec. Keep it short: every entry hides a
// difference between spec and server, so each one says why it is here.
const ALLOW_LIST = [
	{
		// 1. Rails `resources`/`resource` routes send both PATCH and PUT to #update, so a
		// PUT works wherever the spec documents PATCH (and the other way round), e.g.
		// PUT /platform/api/v1/users/{id}. Not for the two collection routes declared as
		// `patch :update` in config/routes.rb: there Rails answers 404 to a PUT.
		kind: 'verb-alias',
		aliases: { PUT: 'PATCH', PATCH: 'PUT' },
		except: [
			'/api/v1/accounts/{account_id}/inbox_members',
			'/api/v1/accounts/{account_id}/teams/{team_id}/team_members',
		],
	},
	{
		// 2. Platform "delete an account user" reads params[:user_id]; the spec declares no
		// body. Rails merges JSON body and query string into params, so both carry it.
		// Required here because without it the server silently deletes nothing.
		kind: 'extra-params',
		method: 'DELETE',
		path: '/platform/api/v1/accounts/{account_id}/account_users',
		body: {
			type: 'object',
			required: ['user_id'],
			properties: { user_id: { type: 'integer' } },
			additionalProperties: false,
		},
		query: { user_id: { type: 'integer' } },
	},
	{
		// 3. Spec defect (docs/CHATWOOT.md "Messages path"): getConversationMessages is documented without the
		// /api/v1 prefix. The server has no such route; its real route is list-all-messages
		// under /api/v1, which the spec already documents. So the unprefixed path is not an
		// operation here (a client using it gets a 404 from Chatwoot).
		kind: 'spec-defect',
		method: 'GET',
		path: '/accounts/{account_id}/conversations/{conversation_id}/messages',
		realPath: '/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages',
	},
	{
		// 4. Messages with attachments: Chatwoot's dashboard and API clients post
		// multipart/form-data to the create-message route (docs/CHATWOOT.md "Attachments"); the
		// spec only documents JSON. Fields as the JSON schema, files as attachments[].
		kind: 'extra-content-type',
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages',
		contentType: MULTIPART,
		fromJsonSchema: ['content', 'message_type', 'private', 'content_type'],
		extraProperties: {
			// sent as a JSON string in a form; the MessageBuilder parses it
			content_attributes: { type: ['string', 'object'] },
			attachments: { type: 'array', items: { [FILE_KEYWORD]: true } },
		},
		// content or at least one attachment (an empty message is refused by the server)
		anyOfRequired: ['content', 'attachments'],
	},
	{
		// 5. GET /api is ApiController#index (version and health), used for reachability
		// checks; it is not in the spec and needs no token.
		kind: 'extra-operation',
		method: 'GET',
		path: '/api',
		operationId: 'fake-api-index',
	},
	{
		// 6. Webhook events: the spec's enum lists 8, Webhook::ALLOWED_WEBHOOK_EVENTS of
		// 4.11.2 has 12 (docs/CHATWOOT.md "Webhooks"); the trigger subscribes to all of them.
		kind: 'schema-patch',
		operations: ['create-a-webhook', 'update-a-webhook'],
		property: 'subscriptions',
		schema: { type: 'array', items: { type: 'string', enum: SERVER_WEBHOOK_EVENTS } },
	},
	{
		// 7. Attachment downloads: message attachments carry a data_url on ActiveStorage's
		// route (not an API operation); the fake serves the stored bytes there.
		kind: 'extra-operation',
		method: 'GET',
		path: '/rails/active_storage/blobs/redirect/{key}/{filename}',
		operationId: 'fake-attachment-download',
	},
	{
		// 8. Removing custom attributes of a contact: Update merges custom_attributes into the
		// stored ones, so the dashboard removes keys with this member route of contacts
		// (config/routes.rb `post :destroy_custom_attributes`), which the spec leaves out.
		kind: 'extra-operation',
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/contacts/{id}/destroy_custom_attributes',
		operationId: 'fake-contact-destroy-custom-attributes',
	},
	{
		// ContactsController#destroy_custom_attributes reads params[:custom_attributes] (keys).
		kind: 'extra-params',
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/contacts/{id}/destroy_custom_attributes',
		body: {
			type: 'object',
			required: ['custom_attributes'],
			properties: { custom_attributes: { type: 'array', items: { type: 'string' } } },
			additionalProperties: false,
		},
	},
	{
		// 9. Integration apps have names for IDs ("dialogflow", "openai": config/integration/
		// apps.yml) and integrations_hooks.app_id is a string column; the spec types app_id as
		// an integer, which no app has.
		kind: 'schema-patch',
		operations: ['create-an-integration-hook'],
		property: 'app_id',
		schema: { type: 'string' },
	},
	{
		// 10. Client API messages page like the application API's: MessageFinder gets
		// `before: params[:before]` from Public::Api::V1::Inboxes::MessagesController, which
		// the spec does not list.
		kind: 'extra-params',
		method: 'GET',
		path: '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages',
		query: { before: { type: 'integer' } },
	},
	{
		// 11. The survey page is addressed by the conversation's uuid (Survey::ResponsesController
		// renders it for any value); the spec types conversation_uuid as an integer.
		kind: 'path-param-patch',
		method: 'GET',
		path: '/survey/responses/{conversation_uuid}',
		param: 'conversation_uuid',
		schema: { type: 'string' },
	},
	{
		// 12. Agents: AgentsController permits `availability` (online, busy, offline: the
		// account_user enum); the spec documents `availability_status`, which Rails drops.
		kind: 'schema-patch',
		operations: ['add-new-agent-to-account', 'update-agent-in-account'],
		property: 'availability',
		schema: { type: 'string', enum: ['online', 'busy', 'offline'] },
	},
	{
		// 13. Client API messages with attachments: Public::Api::V1::Inboxes::MessagesController
		// #create builds one attachment per params[:attachments] file (build_attachment), so
		// the route takes multipart/form-data as well; the spec only documents JSON. Fields as
		// the JSON schema (content, echo_id), files as attachments[]. The controller itself
		// asks for neither content nor files, so nothing is required here.
		kind: 'extra-content-type',
		method: 'POST',
		path: '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages',
		contentType: MULTIPART,
		fromJsonSchema: ['content', 'echo_id'],
		extraProperties: {
			attachments: { type: 'array', items: { [FILE_KEYWORD]: true } },
		},
	},
	// 14. Where the server takes more than the spec (keys it permits that the spec leaves out,
	// a required key it does without): permits.js, next to the server check.
	...SERVER_EXTRAS,
];

module.exports = { ALLOW_LIST, SERVER_WEBHOOK_EVENTS };
