'use strict';
// Campaigns (Api::V1::Accounts::CampaignsController, InboxesController#campaigns; Campaign
// model; api/v1/models/_campaign.json.jbuilder). Administrators only (CampaignPolicy).
// Kept lazily in state.campaigns; paths name a campaign by its display id.

const { ok, headOk, findInAccount, inAccount, permit, requireAdmin } = require('./util');
const { notFound, saveOrThrow } = require('../errors');
const { nextId } = require('../state');
const views = require('../views/application');
const { iso, unix } = require('../views/time');

const CAMPAIGN_PARAMS = ['title', 'description', 'message', 'enabled', 'trigger_only_during_business_hours', 'inbox_id', 'sender_id', 'scheduled_at', 'audience', 'trigger_rules', 'template_params'];

// Inbox#inbox_type of the channels campaigns run on: website campaigns are ongoing, the others one-off
const INBOX_TYPES = { 'Channel::WebWidget': 'Website', 'Channel::Sms': 'Sms', 'Channel::TwilioSms': 'Twilio SMS', 'Channel::Whatsapp': 'Whatsapp' };

function campaignsOf(state) {
	state.campaigns ??= [];
	return state.campaigns;
}

/** `Current.account.campaigns.find_by(display_id: params[:id])` */
function campaignOf(ctx) {
	const campaign = campaignsOf(ctx.state).find((c) => c.account_id === ctx.account.id && c.display_id === Number(ctx.params.id));
	if (!campaign) throw notFound();
	return campaign;
}

/** `params.require(:campaign).permit(...)` */
function campaignParams(ctx) {
	return permit(ctx.body.campaign || {}, CAMPAIGN_PARAMS);
}

/** Campaign validations and ensure_correct_campaign_attributes, as `save!` runs them. */
function saveCampaign(ctx, campaign) {
	const errors = [];
	const blank = (v) => v === null || v === undefined || String(v).trim() === '';
	const inbox = ctx.state.inboxes.find((i) => i.id === Number(campaign.inbox_id) && i.account_id === ctx.account.id);
	if (!inbox) errors.push({ attribute: 'inbox', message: 'Inbox must exist' });
	if (blank(campaign.title)) errors.push({ attribute: 'title', message: "Title can't be blank" });
	if (blank(campaign.message)) errors.push({ attribute: 'message', message: "Message can't be blank" });
	const type = inbox && INBOX_TYPES[inbox.channel_type];
	if (inbox && !type) errors.push({ attribute: 'inbox', message: 'Inbox Unsupported Inbox type' });
	const page = campaign.trigger_rules && campaign.trigger_rules.url;
	if (type === 'Website' && page && !/^https?:\/\//.test(page)) errors.push({ attribute: 'url', message: 'Url invalid' });
	if (campaign.sender_id != null && !inAccount(ctx, 'accountUsers').some((au) => au.user_id === Number(campaign.sender_id))) {
		errors.push({ attribute: 'sender_id', message: 'Sender must belong to the same account as the campaign' });
	}
	saveOrThrow(errors);
	campaign.inbox_id = inbox.id;
	if (campaign.sender_id != null) campaign.sender_id = Number(campaign.sender_id);
	if (type === 'Website') {
		campaign.campaign_type = 'ongoing';
		campaign.scheduled_at = null;
	} else {
		campaign.campaign_type = 'one_off';
		campaign.scheduled_at = campaign.scheduled_at ? new Date(campaign.scheduled_at) : ctx.now;
	}
	return campaign;
}

function campaignView(state, c) {
	const inbox = state.inboxes.find((i) => i.id === c.inbox_id);
	const sender = c.sender_id != null ? state.users.find((u) => u.id === c.sender_id) : undefined;
	const out = {
		id: c.display_id,
		title: c.title,
		description: c.description,
		account_id: c.account_id,
		inbox: views.inbox(state, inbox),
		sender: sender ? views.agent(state, sender, c.account_id) : {},
		message: c.message,
		template_params: c.template_params,
		campaign_status: c.campaign_status,
		enabled: c.enabled,
		campaign_type: c.campaign_type,
	};
	if (c.campaign_type === 'one_off') Object.assign(out, { scheduled_at: unix(c.scheduled_at), audience: c.audience });
	return {
		...out,
		trigger_rules: c.trigger_rules,
		trigger_only_during_business_hours: c.trigger_only_during_business_hours,
		created_at: iso(c.created_at),
		updated_at: iso(c.updated_at),
	};
}

function listCampaigns(ctx) {
	requireAdmin(ctx);
	return ok(campaignsOf(ctx.state).filter((c) => c.account_id === ctx.account.id).map((c) => campaignView(ctx.state, c)));
}

function inboxCampaigns(ctx) {
	const inbox = findInAccount(ctx, 'inboxes', ctx.params.id);
	requireAdmin(ctx);
	return ok(campaignsOf(ctx.state).filter((c) => c.inbox_id === inbox.id).map((c) => campaignView(ctx.state, c)));
}

function createCampaign(ctx) {
	requireAdmin(ctx);
	const campaigns = campaignsOf(ctx.state);
	const defaults = { description: null, enabled: true, trigger_only_during_business_hours: false, sender_id: null, scheduled_at: null, audience: [], trigger_rules: {}, template_params: {} };
	const campaign = saveCampaign(ctx, { account_id: ctx.account.id, campaign_status: 'active', ...defaults, ...campaignParams(ctx), created_at: ctx.now, updated_at: ctx.now });
	campaign.id = nextId(ctx.state, 'campaigns');
	campaign.display_id = campaigns.filter((c) => c.account_id === ctx.account.id).reduce((max, c) => Math.max(max, c.display_id), 0) + 1;
	campaigns.push(campaign);
	return ok(campaignView(ctx.state, campaign));
}

function showCampaign(ctx) {
	const campaign = campaignOf(ctx);
	requireAdmin(ctx);
	return ok(campaignView(ctx.state, campaign));
}

function updateCampaign(ctx) {
	const campaign = campaignOf(ctx);
	requireAdmin(ctx);
	Object.assign(campaign, saveCampaign(ctx, { ...campaign, ...campaignParams(ctx), updated_at: ctx.now }));
	return ok(campaignView(ctx.state, campaign));
}

function deleteCampaign(ctx) {
	const campaign = campaignOf(ctx);
	requireAdmin(ctx);
	ctx.state.campaigns = campaignsOf(ctx.state).filter((c) => c !== campaign);
	return headOk();
}

module.exports = {
	handlers: {
		'api/v1/accounts/campaigns#index': listCampaigns,
		'api/v1/accounts/campaigns#create': createCampaign,
		'api/v1/accounts/campaigns#show': showCampaign,
		'api/v1/accounts/campaigns#update': updateCampaign,
		'api/v1/accounts/campaigns#destroy': deleteCampaign,
		'api/v1/accounts/inboxes#campaigns': inboxCampaigns,
	},
};
