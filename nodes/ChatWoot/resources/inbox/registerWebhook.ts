import { defineOperation } from '../../shared/declare/operation';
import { INBOX_URL, inboxLocator, inboxPath } from './fields';

export const registerWebhook = defineOperation({
	value: 'registerWebhook',
	name: 'Register Webhook',
	action: 'Register the webhook of a WhatsApp inbox',
	description: "Register Chatwoot's webhook with Meta again for a WhatsApp Cloud inbox (administrators only)",
	method: 'POST',
	url: `${INBOX_URL}/register_webhook`,
	request: { path: inboxPath },
	fields: [inboxLocator],
});
