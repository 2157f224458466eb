import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { CHATWOOT_EVENTS } from '../../../shared/api/events';
import { idLocator, relatedLocator } from '../../../shared/fields/locators';
import { unwrap } from '../../shared/response/output';

export const WEBHOOKS_URL = '/api/v1/accounts/{account_id}/webhooks';
export const WEBHOOK_URL = '/api/v1/accounts/{account_id}/webhooks/{webhook_id}';

export const webhooksPath = { account_id: ACCOUNT };
export const webhookPath = { account_id: ACCOUNT, webhook_id: locator('webhook', 'Webhook') };

// The server wraps webhooks ({payload: {webhook}} / {payload: {webhooks}}); the spec does not.
export const webhookRecord = unwrap('payload.webhook', '');

/** The webhook, one field for Delete and Update. */
export const webhookLocator: INodeProperties = idLocator({
	name: 'webhook',
	displayName: 'Webhook',
	searchListMethod: 'getWebhooks',
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
