'use strict';
// Integration apps and hooks: Api::V1::Accounts::Integrations::AppsController#index,
// HooksController (create, update, destroy) and the views api/v1/models/_app and _hook.
// Apps are a fixed catalogue (config/integration/apps.yml); hooks live in
// state.integrationHooks (none seeded).

const { ok, headOk, permit, findInAccount, inAccount, requireAdmin } = require('./util');
const { saveOrThrow } = require('../errors');
const { nextId } = require('../state');

// A few apps of apps.yml: their IDs are names, hook_type says what a hook is attached to.
const APPS = [
	{ id: 'dialogflow', name: 'Dialogflow', description: 'Build chatbots using Dialogflow', hook_type: 'inbox', allow_multiple_hooks: true },
	{ id: 'google_translate', name: 'Google Translate', description: 'Translate messages with Google Translate', hook_type: 'account', allow_multiple_hooks: false },
	{ id: 'openai', name: 'OpenAI', description: 'Reply suggestions and summaries with OpenAI', hook_type: 'account', allow_multiple_hooks: false },
	{ id: 'webhook', name: 'Webhooks', description: 'Send events to your endpoints', hook_type: 'account', allow_multiple_hooks: true },
];

const HOOK_STATUS = ['disabled', 'enabled'];

function hookView(ctx, h) {
	const inbox = h.inbox_id ? ctx.state.inboxes.find((i) => i.id === h.inbox_id) : undefined;
	return {
		id: h.id,
		app_id: h.app_id,
		status: h.status === 'enabled',
		inbox: inbox ? { id: inbox.id, name: inbox.name } : null,
		account_id: h.account_id,
		hook_type: h.hook_type,
		settings: h.settings,
		reference_id: null,
	};
}

function appView(ctx, app) {
	const hooks = inAccount(ctx, 'integrationHooks').filter((h) => h.app_id === app.id);
	return {
		id: app.id,
		name: app.name,
		description: app.description,
		hook_type: app.hook_type,
		enabled: hooks.length > 0,
		allow_multiple_hooks: app.allow_multiple_hooks,
		hooks: hooks.map((h) => hookView(ctx, h)),
	};
}

function listApps(ctx) {
	return ok({ payload: APPS.map((app) => appView(ctx, app)) });
}

/** Rails enums take the integer or the name. */
function statusName(value) {
	return typeof value === 'number' ? HOOK_STATUS[value] : value;
}

function hookErrors(ctx, h) {
	const errors = [];
	const app = APPS.find((a) => a.id === h.app_id);
	if (!h.app_id) errors.push({ attribute: 'app_id', message: "App can't be blank" });
	if (h.hook_type === 'inbox' && !h.inbox_id) errors.push({ attribute: 'inbox_id', message: "Inbox can't be blank" });
	if (h.inbox_id && !inAccount(ctx, 'inboxes').some((i) => i.id === h.inbox_id)) errors.push({ attribute: 'inbox', message: 'Inbox must exist' });
	if (!HOOK_STATUS.includes(h.status)) errors.push({ attribute: 'status', message: `'${h.status}' is not a valid status` });
	const taken = inAccount(ctx, 'integrationHooks').some((o) => o.id !== h.id && o.app_id === h.app_id);
	if (app && !app.allow_multiple_hooks && taken) errors.push({ attribute: 'app_id', message: 'App has already been taken' });
	return errors;
}

function createHook(ctx) {
	requireAdmin(ctx);
	const attrs = permit(ctx.body, ['app_id', 'inbox_id', 'status', 'settings']);
	const app = APPS.find((a) => a.id === attrs.app_id);
	const h = {
		id: nextId(ctx.state, 'integrationHooks'),
		account_id: ctx.account.id,
		app_id: attrs.app_id,
		inbox_id: attrs.inbox_id ?? null,
		hook_type: app ? app.hook_type : 'account',
		status: attrs.status === undefined ? 'enabled' : statusName(attrs.status),
		settings: attrs.settings || {},
		created_at: ctx.now,
	};
	saveOrThrow(hookErrors(ctx, h));
	ctx.state.integrationHooks.push(h);
	return ok(hookView(ctx, h));
}

function updateHook(ctx) {
	requireAdmin(ctx);
	const h = findInAccount(ctx, 'integrationHooks', ctx.params.hook_id);
	const attrs = permit(ctx.body, ['status', 'settings']);
	const changed = { ...h, ...attrs };
	if (attrs.status !== undefined) changed.status = statusName(attrs.status);
	saveOrThrow(hookErrors(ctx, changed));
	Object.assign(h, changed);
	return ok(hookView(ctx, h));
}

function deleteHook(ctx) {
	requireAdmin(ctx);
	const h = findInAccount(ctx, 'integrationHooks', ctx.params.hook_id);
	ctx.state.integrationHooks = ctx.state.integrationHooks.filter((x) => x !== h);
	return headOk();
}

module.exports = {
	APPS,
	handlers: {
		'get-details-of-all-integrations': listApps,
		'create-an-integration-hook': createHook,
		'update-an-integrations-hook': updateHook,
		'delete-an-integration-hook': deleteHook,
	},
};
