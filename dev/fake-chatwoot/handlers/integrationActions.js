'use strict';
// Integration routes the spec leaves out: AppsController#show, the Slack, Dyte, Shopify,
// Linear and Notion controllers under Api::V1::Accounts::Integrations. The third-party
// services are played here, small: Slack channels, Linear teams/issues/links and Shopify
// orders live in state.integrationServices (made on first use); a hook of the app
// (state.integrationHooks, e.g. { app_id: 'linear' }) must exist, as on the real server.

const { ok, headOk, requireAdmin, inAccount, findInAccount } = require('./util');
const { HttpError, notFound } = require('../errors');
const integrations = require('./integrations');
const { addMessage } = require('../seed');
const views = require('../views/application');
const { availableName } = require('../views/platform');

/** The third-party data the fake's Slack, Linear and Shopify answer with. */
function services(ctx) {
	ctx.state.integrationServices ??= {
		slackChannels: [
			{ id: 'C0100000001', name: 'support' },
			{ id: 'C0100000002', name: 'escalations' },
		],
		linearTeams: [{ id: 'team-eng', name: 'Engineering', key: 'ENG' }],
		linearIssues: [{ id: 'issue-0', title: 'Checkout fails on Safari', identifier: 'ENG-7', description: 'Card form does not submit', priority: 2 }],
		linearLinks: [],
		shopifyOrders: [
			{ id: 4501, email: 'jane@example.test', created_at: '2024-04-20T10:00:00Z', total_price: '49.00', currency: 'USD', fulfillment_status: 'fulfilled', financial_status: 'paid' },
		],
	};
	return ctx.state.integrationServices;
}

const hookOf = (ctx, appId) => inAccount(ctx, 'integrationHooks').find((h) => h.app_id === appId);

/** `Hook.find_by!(app_id: ...)`: 404 without a hook of the app. */
function requireHook(ctx, appId) {
	const hook = hookOf(ctx, appId);
	if (!hook) throw notFound();
	return hook;
}

/** `find_by` then a method on nil: Rails' 500. */
function hookOrCrash(ctx, appId) {
	const hook = hookOf(ctx, appId);
	if (!hook) throw new HttpError(500, { status: 500, error: 'Internal Server Error' });
	return hook;
}

function removeHook(ctx, hook) {
	ctx.state.integrationHooks = ctx.state.integrationHooks.filter((h) => h !== hook);
	return headOk();
}

/** AppsController#show: the app as the index shows it (api/v1/models/_app). */
function showApp(ctx) {
	const app = integrations.handlers['get-details-of-all-integrations'](ctx).body.payload.find((a) => a.id === ctx.params.id);
	if (!app) throw notFound();
	return ok(app);
}

/** The Slack app (api/v1/models/_app) after a channel change: its one hook with the channel. */
function slackView(hook) {
	const hooks = [{ id: hook.id, app_id: 'slack', status: hook.status === 'enabled', account_id: hook.account_id, hook_type: 'account', settings: hook.settings, reference_id: hook.reference_id }];
	return { id: 'slack', name: 'Slack', description: 'Send conversations to a Slack channel', enabled: true, hooks };
}

function slackChannels(ctx) {
	requireAdmin(ctx);
	hookOrCrash(ctx, 'slack');
	return ok(services(ctx).slackChannels);
}

function setSlackChannel(ctx) {
	requireAdmin(ctx);
	const hook = hookOrCrash(ctx, 'slack');
	if (!services(ctx).slackChannels.some((c) => c.id === ctx.body.reference_id)) {
		throw new HttpError(422, { error: 'Invalid slack channel. Please try again' });
	}
	hook.reference_id = ctx.body.reference_id;
	return ok(slackView(hook));
}

/** Linear and Dyte act on a conversation by its display id (`find_by!(display_id:)`). */
function conversationOf(ctx, displayId) {
	const c = inAccount(ctx, 'conversations').find((x) => x.display_id === Number(displayId));
	if (!c) throw notFound();
	return c;
}

function createDyteMeeting(ctx) {
	const conversation = conversationOf(ctx, ctx.body.conversation_id);
	requireHook(ctx, 'dyte');
	const user = ctx.principal.user;
	const meetingId = `meeting-${conversation.display_id}-${ctx.state.messages.length + 1}`;
	const message = addMessage(
		ctx.state,
		conversation,
		{ content: `${availableName(user)}'s Meeting`, content_type: 'integrations', content_attributes: { type: 'dyte', data: { meeting_id: meetingId } }, sender_type: 'User', sender_id: user.id },
		ctx.now,
	);
	return ok(views.messageEvent(ctx.state, ctx.baseUrl, message));
}

function addDyteParticipant(ctx) {
	const message = findInAccount(ctx, 'messages', ctx.body.message_id);
	requireHook(ctx, 'dyte');
	if (message.content_type !== 'integrations') throw new HttpError(422, { error: 'Invalid message type. Action not permitted' });
	const user = ctx.principal.user;
	return ok({ id: `participant-${user.id}`, name: user.name, custom_participant_id: String(user.id), preset_name: 'group_call_host', token: `dyte-token-${message.id}-${user.id}` });
}

function shopifyOrders(ctx) {
	const hook = requireHook(ctx, 'shopify');
	const contact = inAccount(ctx, 'contacts').find((c) => c.id === Number(ctx.query.contact_id));
	if (!contact || (!contact.email && !contact.phone_number)) throw new HttpError(422, { error: 'Contact information missing' });
	const orders = services(ctx).shopifyOrders.filter((o) => o.email === contact.email);
	return ok({ orders: orders.map((o) => ({ ...o, admin_url: `https://${hook.reference_id}/admin/orders/${o.id}` })) });
}

function linearTeams(ctx) {
	requireHook(ctx, 'linear');
	return ok(services(ctx).linearTeams);
}

function linearTeamEntities(ctx) {
	requireHook(ctx, 'linear');
	if (!services(ctx).linearTeams.some((t) => t.id === ctx.query.team_id)) throw new HttpError(422, { error: 'Entity not found' });
	return ok({
		users: [{ id: 'user-ana', name: 'Ana' }],
		projects: [{ id: 'project-web', name: 'Website' }],
		states: [{ id: 'state-todo', name: 'Todo' }],
		labels: [{ id: 'label-bug', name: 'Bug' }],
	});
}

const conversationLink = (ctx, c) => `${ctx.baseUrl}/app/accounts/${ctx.account.id}/conversations/${c.display_id}`;

function createLinearIssue(ctx) {
	conversationOf(ctx, ctx.body.conversation_id);
	requireHook(ctx, 'linear');
	const s = services(ctx);
	const team = s.linearTeams.find((t) => t.id === ctx.body.team_id);
	if (!team) throw new HttpError(422, { error: 'Argument Validation Error' });
	const issue = { id: `issue-${s.linearIssues.length}`, title: ctx.body.title, identifier: `${team.key}-${7 + s.linearIssues.length}`, description: ctx.body.description ?? null, priority: ctx.body.priority ?? 0 };
	s.linearIssues.push(issue);
	return ok({ id: issue.id, title: issue.title, identifier: issue.identifier });
}

const findIssue = (s, ref) => s.linearIssues.find((i) => i.id === ref || i.identifier === ref);

function linkLinearIssue(ctx) {
	const conversation = conversationOf(ctx, ctx.body.conversation_id);
	requireHook(ctx, 'linear');
	const s = services(ctx);
	const issue = findIssue(s, ctx.body.issue_id);
	if (!issue) throw new HttpError(422, { error: 'Entity not found - Could not find referenced Issue.' });
	const link = { id: `link-${s.linearLinks.length + 1}`, issue_id: issue.id, url: conversationLink(ctx, conversation), title: ctx.body.title ?? null };
	s.linearLinks.push(link);
	return ok({ id: ctx.body.issue_id, link: link.url, link_id: link.id });
}

function unlinkLinearIssue(ctx) {
	conversationOf(ctx, ctx.body.conversation_id);
	requireHook(ctx, 'linear');
	const s = services(ctx);
	if (!s.linearLinks.some((l) => l.id === ctx.body.link_id)) throw new HttpError(422, { error: 'Entity not found - Could not find referenced Attachment.' });
	s.linearLinks = s.linearLinks.filter((l) => l.id !== ctx.body.link_id);
	return ok({ link_id: ctx.body.link_id });
}

const issueView = (i) => ({ id: i.id, title: i.title, identifier: i.identifier, description: i.description, priority: i.priority });

function searchLinearIssues(ctx) {
	requireHook(ctx, 'linear');
	const term = String(ctx.query.q).toLowerCase();
	const matches = services(ctx).linearIssues.filter((i) => `${i.identifier} ${i.title} ${i.description ?? ''}`.toLowerCase().includes(term));
	return ok(matches.map(issueView));
}

function linearLinkedIssues(ctx) {
	const conversation = conversationOf(ctx, ctx.query.conversation_id);
	requireHook(ctx, 'linear');
	const s = services(ctx);
	const url = conversationLink(ctx, conversation);
	return ok(s.linearLinks.filter((l) => l.url === url).map((l) => ({ id: l.id, title: l.title, url: l.url, issue: issueView(findIssue(s, l.issue_id)) })));
}

module.exports = {
	handlers: {
		'api/v1/accounts/integrations/apps#show': showApp,
		'api/v1/accounts/integrations/slack#list_all_channels': slackChannels,
		'api/v1/accounts/integrations/slack#update': setSlackChannel,
		'api/v1/accounts/integrations/slack#destroy': (ctx) => (requireAdmin(ctx), removeHook(ctx, hookOrCrash(ctx, 'slack'))),
		'api/v1/accounts/integrations/dyte#create_a_meeting': createDyteMeeting,
		'api/v1/accounts/integrations/dyte#add_participant_to_meeting': addDyteParticipant,
		'api/v1/accounts/integrations/shopify#orders': shopifyOrders,
		'api/v1/accounts/integrations/shopify#destroy': (ctx) => removeHook(ctx, requireHook(ctx, 'shopify')),
		'api/v1/accounts/integrations/linear#teams': linearTeams,
		'api/v1/accounts/integrations/linear#team_entities': linearTeamEntities,
		'api/v1/accounts/integrations/linear#create_issue': createLinearIssue,
		'api/v1/accounts/integrations/linear#link_issue': linkLinearIssue,
		'api/v1/accounts/integrations/linear#unlink_issue': unlinkLinearIssue,
		'api/v1/accounts/integrations/linear#search_issue': searchLinearIssues,
		'api/v1/accounts/integrations/linear#linked_issues': linearLinkedIssues,
		'api/v1/accounts/integrations/linear#destroy': (ctx) => removeHook(ctx, hookOrCrash(ctx, 'linear')),
		'api/v1/accounts/integrations/notion#destroy': (ctx) => removeHook(ctx, hookOrCrash(ctx, 'notion')),
	},
};
