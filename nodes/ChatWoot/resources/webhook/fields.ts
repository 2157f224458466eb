import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator } from '../../shared/request';
import { CHATWOOT_EVENTS } from '../../shared/events';
import { idLocator, relatedLocator } from '../../shared/locators';

export const webhookPath = { account_id: ACCOUNT, webhook_id: locator('webhook', 'Webhook') };

export const webhookLocator: INodeProperties = idLocator({
	name: 'webhook',
	displayName: 'Webhook',
	searchListMethod: 'getWebhooks',
	show: { resource: ['webhook'], operation: ['delete', 'update'] },
});

// docs/CHATWOOT.md "Webhooks": the events of current servers. Older ones lack the typing and inbox
// events, and Chatwoot's default (nothing sent) is every event except those four.
export const subscriptionsField: INodeProperties = {
	displayName: 'Events',
	name: 'subscriptions',
	type: 'multiOptions',
	default: [],
	description:
		"Events sent to the URL. Leave empty for Chatwoot's default: every event except typing and inbox events.",
	options: CHATWOOT_EVENTS,
};

export const urlField: INodeProperties = {
	displayName: 'URL',
	name: 'url',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/chatwoot-events',
	description: 'Address Chatwoot posts the events to',
};

// webhooks_controller.rb:26 permits inbox_id (the spec leaves it out): events of one inbox only
export const inboxOption = relatedLocator('inbox', 'inbox_id', 'Send only the events of this inbox; empty: every inbox');
