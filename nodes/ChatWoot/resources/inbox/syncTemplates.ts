import { defineOperation } from '../../shared/declare/operation';
import { INBOX_URL, inboxLocator, inboxPath } from './fields';

export const syncTemplates = defineOperation({
	value: 'syncTemplates',
	name: 'Sync Templates',
	action: 'Sync the WhatsApp templates of an inbox',
	description: 'Fetch the message templates of a WhatsApp inbox from Meta or Twilio again; Chatwoot syncs in the background',
	method: 'POST',
	url: `${INBOX_URL}/sync_templates`,
	request: { path: inboxPath },
	fields: [inboxLocator],
});
