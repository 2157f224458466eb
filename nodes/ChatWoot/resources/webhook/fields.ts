import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator } from '../../shared/request';
import { idLocator } from '../../shared/locators';

export const webhookPath = { account_id: ACCOUNT, webhook_id: locator('webhook', 'Webhook') };

export function webhookLocator(operation: string): INodeProperties {
	return idLocator({
		name: 'webhook',
		displayName: 'Webhook',
		searchListMethod: 'getWebhooks',
		show: { resource: ['webhook'], operation: [operation] },
	});
}

// QUIRKS.md "Webhooks": the events of current servers. Older ones lack the typing and inbox
// events, and Chatwoot's default (nothing sent) is every event except those four.
export const subscriptionsField: INodeProperties = {
	displayName: 'Events',
	name: 'subscriptions',
	type: 'multiOptions',
	default: [],
	description:
		"Events sent to the URL. Leave empty for Chatwoot's default: every event except typing and inbox events.",
	options: [
		{ name: 'Contact Created', value: 'contact_created' },
		{ name: 'Contact Updated', value: 'contact_updated' },
		{ name: 'Conversation Created', value: 'conversation_created' },
		{ name: 'Conversation Status Changed', value: 'conversation_status_changed' },
		{ name: 'Conversation Typing Off', value: 'conversation_typing_off' },
		{ name: 'Conversation Typing On', value: 'conversation_typing_on' },
		{ name: 'Conversation Updated', value: 'conversation_updated' },
		{ name: 'Inbox Created', value: 'inbox_created' },
		{ name: 'Inbox Updated', value: 'inbox_updated' },
		{ name: 'Message Created', value: 'message_created' },
		{ name: 'Message Updated', value: 'message_updated' },
		{ name: 'Webwidget Triggered', value: 'webwidget_triggered' },
	],
};

export const urlField: INodeProperties = {
	displayName: 'URL',
	name: 'url',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/chatwoot-events',
	description: 'Address Chatwoot posts the events to',
};
