import { defineOperation } from '../../shared/declare/operation';
import { WEBHOOK_URL, webhookLocator, webhookPath } from './fields';

export const deleteWebhook = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a webhook',
	method: 'DELETE',
	url: WEBHOOK_URL,
	request: { path: webhookPath },
	fields: [webhookLocator],
});
