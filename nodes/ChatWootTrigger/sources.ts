import type { IHookFunctions, INodePropertyOptions, IWebhookFunctions } from 'n8n-workflow';
import { invalid, show } from '../shared/fields/validators';

/** Where deliveries come from: an account webhook the trigger registers, or an agent bot's outgoing URL. */
export const SOURCES = ['accountWebhook', 'agentBot'] as const;
export type Source = (typeof SOURCES)[number];

/** What Chatwoot's AgentBotListener posts to a bot's outgoing URL. */
export const AGENT_BOT_EVENTS: INodePropertyOptions[] = [
	{ name: 'Conversation Opened', value: 'conversation_opened', description: 'Also after a hand-off to a human' },
	{ name: 'Conversation Resolved', value: 'conversation_resolved' },
	{ name: 'Message Created', value: 'message_created' },
	{ name: 'Message Updated', value: 'message_updated' },
	{ name: 'Webwidget Triggered', value: 'webwidget_triggered', description: 'A visitor opened the website widget' },
];

/** The events parameter of each source. */
export const EVENTS_PARAMETER: Record<Source, string> = { accountWebhook: 'events', agentBot: 'agentBotEvents' };

/** Saved workflows from before the Source field are Account Webhook triggers. */
export function readSource(ctx: IHookFunctions | IWebhookFunctions): Source {
	const value = ctx.getNodeParameter('source', 'accountWebhook');
	const known = SOURCES.find((source) => source === value);
	if (!known) throw invalid(ctx, 'Source', `must be one of ${SOURCES.join(', ')}, got ${show(value)}`);
	return known;
}

export function readEvents(ctx: IHookFunctions | IWebhookFunctions, source: Source): string[] {
	return ctx.getNodeParameter(EVENTS_PARAMETER[source], source === 'agentBot' ? ['message_created'] : []) as string[];
}
