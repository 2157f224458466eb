'use strict';
// Account webhooks.

const { ok, headOk, permit, findInAccount, inAccount, requireAdmin } = require('./util');
const { saveOrThrow } = require('../errors');
const { nextId, secureToken } = require('../state');
const views = require('../views/application');
const { SERVER_WEBHOOK_EVENTS } = require('../spec');

const WEBHOOK_EVENTS = SERVER_WEBHOOK_EVENTS;

/** Loopback, RFC 1918 and link-local addresses, and names without a dot (Docker services, localhost). */
function privateHost(hostname) {
	const host = hostname.replace(/^\[|\]$/g, '');
	if (!host.includes('.') && !host.includes(':')) return true;
	if (/^(127|10)\./.test(host) || /^192\.168\./.test(host) || /^169\.254\./.test(host)) return true;
	if (/^172\.(1[6-9]|2\d|3[01])\./.test(host)) return true;
	return host.includes(':') && (host === '::1' || /^f[cd]|^fe80:/i.test(host));
}

function webhookErrors(ctx, w) {
	const errors = [];
	let url;
	try {
		url = new URL(w.url);
	} catch {
		url = undefined;
	}
	const valid = url !== undefined && ['http:', 'https:'].includes(url.protocol);
	if (!valid) errors.push({ attribute: 'url', message: 'Url is invalid' });
	else if (ctx.state.server.refusePrivateWebhookUrls && privateHost(url.hostname)) {
		// Modelled on Chatwoot 4.14+ (SafeFetch): Rails' "Url is invalid" with ssrf_filter's reason.
		errors.push({ attribute: 'url', message: `Url is invalid: Hostname '${url.hostname}' has no public ip addresses` });
	}
	else if (inAccount(ctx, 'webhooks').some((o) => o.id !== w.id && o.url === w.url)) errors.push({ attribute: 'url', message: 'Url has already been taken' });
	if (!Array.isArray(w.subscriptions) || !w.subscriptions.length || w.subscriptions.some((e) => !WEBHOOK_EVENTS.includes(e))) {
		errors.push({ attribute: 'subscriptions', message: 'Subscriptions Invalid events' });
	}
	return errors;
}

function listWebhooks(ctx) {
	requireAdmin(ctx);
	return ok({ payload: { webhooks: inAccount(ctx, 'webhooks').map((w) => views.webhook(ctx.state, w)) } });
}

// webhooks_controller.rb:26 `params.require(:webhook).permit(:inbox_id, :name, :url, subscriptions: [])`
const WEBHOOK_PARAMS = ['inbox_id', 'url', 'name', 'subscriptions'];

function createWebhook(ctx) {
	requireAdmin(ctx);
	const w = {
		id: nextId(ctx.state, 'webhooks'),
		account_id: ctx.account.id,
		inbox_id: null,
		name: null,
		subscriptions: ['conversation_status_changed', 'conversation_updated', 'conversation_created', 'contact_created', 'contact_updated', 'message_created', 'message_updated', 'webwidget_triggered'],
		...permit(ctx.body, WEBHOOK_PARAMS),
		secret: secureToken(),
		created_at: ctx.now,
	};
	saveOrThrow(webhookErrors(ctx, w));
	ctx.state.webhooks.push(w);
	return ok({ payload: { webhook: views.webhook(ctx.state, w) } });
}

function updateWebhook(ctx) {
	requireAdmin(ctx);
	const w = findInAccount(ctx, 'webhooks', ctx.params.webhook_id);
	const changed = { ...w, ...permit(ctx.body, WEBHOOK_PARAMS) };
	saveOrThrow(webhookErrors(ctx, changed));
	Object.assign(w, changed);
	return ok({ payload: { webhook: views.webhook(ctx.state, w) } });
}

function deleteWebhook(ctx) {
	requireAdmin(ctx);
	const w = findInAccount(ctx, 'webhooks', ctx.params.webhook_id);
	ctx.state.webhooks = ctx.state.webhooks.filter((x) => x !== w);
	return headOk();
}

module.exports = {
	handlers: {
		'list-all-webhooks': listWebhooks,
		'create-a-webhook': createWebhook,
		'update-a-webhook': updateWebhook,
		'delete-a-webhook': deleteWebhook,
	},
};
