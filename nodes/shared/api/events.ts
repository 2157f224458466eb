import type { INodePropertyOptions } from 'n8n-workflow';

/** Chatwoot's webhook events (older servers accept fewer). */
export const CHATWOOT_EVENTS: INodePropertyOptions[] = [
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
	{ name: 'Webwidget Triggered', value: 'webwidget_triggered', description: 'A visitor opened the website widget' },
];
