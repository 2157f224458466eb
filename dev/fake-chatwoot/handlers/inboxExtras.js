'use strict';
// Inbox routes the spec leaves out: destroy, avatar, reset_secret (InboxesController), the
// WhatsApp ones of Concerns::WhatsappHealthManagement (sync_templates, health,
// register_webhook) and InboxCsatTemplatesController (show, create, analyze). The fake has no Meta or Twilio
// behind it: a WhatsApp inbox answers as a healthy, verified number without a CSAT template.

const crypto = require('node:crypto');
const { ok, headOk, requireAdmin } = require('./util');
const { HttpError } = require('../errors');
const views = require('../views/application');
const { findInbox } = require('./inboxes');

const isWhatsapp = (inbox) => inbox.channel_type === 'Channel::Whatsapp';

/** validate_whatsapp_cloud_channel (health, register_webhook) */
function whatsappCloudInbox(ctx) {
	const inbox = findInbox(ctx, ctx.params.id);
	if (!isWhatsapp(inbox) || inbox.provider !== 'whatsapp_cloud') {
		throw new HttpError(400, { error: 'Health data only available for WhatsApp Cloud API channels' });
	}
	return inbox;
}

function deleteInbox(ctx) {
	requireAdmin(ctx);
	const inbox = findInbox(ctx, ctx.params.id);
	// DeleteObjectJob: gone by the time a test looks again
	ctx.state.inboxes = ctx.state.inboxes.filter((i) => i !== inbox);
	return ok({ message: 'Your inbox deletion request will be processed in some time.' });
}

function deleteInboxAvatar(ctx) {
	requireAdmin(ctx);
	findInbox(ctx, ctx.params.id).avatar_url = '';
	return headOk();
}

/** reset_secret: API inboxes only (`head :not_found` for the others); the inbox view shows the secret to administrators. */
function resetInboxSecret(ctx) {
	requireAdmin(ctx);
	const inbox = findInbox(ctx, ctx.params.id);
	if (inbox.channel_type !== 'Channel::Api') return { status: 404, head: true };
	inbox.secret = crypto.randomBytes(12).toString('base64url');
	return ok({ ...views.inbox(ctx.state, inbox), secret: inbox.secret });
}

function syncTemplates(ctx) {
	requireAdmin(ctx);
	const inbox = findInbox(ctx, ctx.params.id);
	if (!isWhatsapp(inbox)) throw new HttpError(422, { error: 'Template sync is only available for WhatsApp channels' });
	return ok({ message: 'Template sync initiated successfully' });
}

/** Whatsapp::HealthService#format_health_response, for a healthy number. */
function inboxHealth(ctx) {
	const inbox = whatsappCloudInbox(ctx);
	return ok({
		id: inbox.phone_number_id ?? String(inbox.id),
		display_phone_number: inbox.phone_number,
		verified_name: inbox.name,
		name_status: 'APPROVED',
		quality_rating: 'GREEN',
		messaging_limit_tier: 'TIER_1K',
		account_mode: 'LIVE',
		code_verification_status: 'VERIFIED',
		webhook_configuration: { application: `${ctx.baseUrl}/webhooks/whatsapp/${inbox.phone_number}` },
		expected_webhook_url: `${ctx.baseUrl}/webhooks/whatsapp/${inbox.phone_number}`,
	});
}

function registerWebhook(ctx) {
	requireAdmin(ctx);
	whatsappCloudInbox(ctx);
	return ok({ message: 'Webhook registered successfully' });
}

/** InboxCsatTemplatesController validate_whatsapp_channel: the inbox of every CSAT template action. */
function whatsappInbox(ctx) {
	const inbox = findInbox(ctx, ctx.params.inbox_id);
	if (!isWhatsapp(inbox)) {
		throw new HttpError(400, { error: 'CSAT template operations only available for WhatsApp and Twilio WhatsApp channels' });
	}
	return inbox;
}

/** extract_template_params: `template` is required, and so is its message (422 either way). */
function templateParams(ctx) {
	const template = ctx.body.template;
	if (!template) throw new HttpError(422, { error: 'Template parameters are required' });
	if (!template.message || !String(template.message).trim()) throw new HttpError(422, { error: 'Message is required' });
	return template;
}

/** InboxCsatTemplatesController#show: no template until one is set. */
function csatTemplate(ctx) {
	return ok(whatsappInbox(ctx).csat_template ?? { template_exists: false });
}

/**
 * InboxCsatTemplatesController#create: the template goes to Meta (here: accepted at once) and
 * waits for approval; Get CSAT Template shows it from then on.
 */
function setCsatTemplate(ctx) {
	const inbox = whatsappInbox(ctx);
	const template = templateParams(ctx);
	// CsatTemplateNameService.csat_template_name; Meta's IDs are numbers as strings
	const name = `customer_satisfaction_survey_${inbox.id}`;
	const templateId = String(9000000 + inbox.id);
	inbox.csat_template = { template_exists: true, template_name: name, status: 'PENDING', template_id: templateId };
	return { status: 201, body: { template: { name, template_id: templateId, status: 'PENDING', language: template.language || 'en' } } };
}

// a few of CsatTemplateUtilityRubric's marketing words
const MARKETING = /\b(offer|discount|sale|promo(tion)?|coupon|buy|deal)\b/i;

/**
 * InboxCsatTemplatesController#analyze (CsatTemplateUtilityAnalysisService, rule-based): a
 * marketing text is LIKELY_MARKETING, with a utility rewrite; another is kept as it is.
 */
function analyzeCsatTemplate(ctx) {
	whatsappInbox(ctx);
	const { message } = templateParams(ctx);
	if (!MARKETING.test(message)) return ok({ classification: 'LIKELY_UTILITY', optimized_message: message });
	return ok({
		classification: 'LIKELY_MARKETING',
		optimized_message: 'Your support request has been closed. If you still need help, simply reply to this message. To rate this support interaction, please use the button below.',
	});
}

module.exports = {
	handlers: {
		'api/v1/accounts/inboxes#destroy': deleteInbox,
		'api/v1/accounts/inboxes#avatar': deleteInboxAvatar,
		'api/v1/accounts/inboxes#reset_secret': resetInboxSecret,
		'api/v1/accounts/inboxes#sync_templates': syncTemplates,
		'api/v1/accounts/inboxes#health': inboxHealth,
		'api/v1/accounts/inboxes#register_webhook': registerWebhook,
		'api/v1/accounts/inbox_csat_templates#show': csatTemplate,
		'api/v1/accounts/inbox_csat_templates#create': setCsatTemplate,
		'api/v1/accounts/inbox_csat_templates#analyze': analyzeCsatTemplate,
	},
};
