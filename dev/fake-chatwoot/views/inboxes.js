'use strict';
// Inboxes and their channels.


const CHANNEL_TYPES = {
	api: 'Channel::Api',
	web_widget: 'Channel::WebWidget',
	email: 'Channel::Email',
	line: 'Channel::Line',
	telegram: 'Channel::Telegram',
	whatsapp: 'Channel::Whatsapp',
	sms: 'Channel::Sms',
};

/** api/v1/models/_inbox.json.jbuilder (common fields plus those of the channel) */
function inbox(state, i) {
	const out = {
		id: i.id,
		avatar_url: i.avatar_url,
		channel_id: i.channel_id,
		name: i.name,
		channel_type: i.channel_type,
		greeting_enabled: i.greeting_enabled,
		greeting_message: i.greeting_message,
		working_hours_enabled: i.working_hours_enabled,
		enable_email_collect: i.enable_email_collect,
		csat_survey_enabled: i.csat_survey_enabled,
		enable_auto_assignment: i.enable_auto_assignment,
		auto_assignment_config: i.auto_assignment_config,
		out_of_office_message: i.out_of_office_message,
		working_hours: i.working_hours,
		timezone: i.timezone,
		callback_webhook_url: null,
		allow_messages_after_resolved: i.allow_messages_after_resolved,
		lock_to_single_conversation: i.lock_to_single_conversation,
		sender_name_type: i.sender_name_type,
		business_name: i.business_name,
	};
	if (i.channel_type === 'Channel::WebWidget') {
		Object.assign(out, {
			website_url: i.website_url,
			widget_color: i.widget_color,
			website_token: i.website_token,
			welcome_title: i.welcome_title,
			welcome_tagline: i.welcome_tagline,
			web_widget_script: `<script>window.chatwootSettings = {}; /* ${i.website_token} */</script>`,
		});
	}
	if (i.channel_type === 'Channel::Api') {
		Object.assign(out, { webhook_url: i.webhook_url, inbox_identifier: i.inbox_identifier, hmac_mandatory: i.hmac_mandatory === true });
	}
	// _inbox.json.jbuilder: the channel's own address (never its tokens or secrets)
	if (i.channel_type === 'Channel::Email') Object.assign(out, { email: i.email, provider: i.provider || null });
	if (i.channel_type === 'Channel::Sms' || i.channel_type === 'Channel::Whatsapp') Object.assign(out, { phone_number: i.phone_number, provider: i.provider || 'default' });
	return out;
}

/** api/v1/models/_inbox_slim.json.jbuilder (inside contact_inboxes) */
function inboxSlim(i) {
	if (!i) return null;
	return { id: i.id, channel_id: i.channel_id, name: i.name, channel_type: i.channel_type, provider: null };
}

module.exports = { inbox, inboxSlim, CHANNEL_TYPES };
