import type { IDataObject, IHookFunctions, INodeProperties, IWebhookFunctions } from 'n8n-workflow';
import { invalid, show, type FieldContext } from '../shared/fields/validators';
import type { Source } from './sources';

const MESSAGE_TYPES = ['incoming', 'outgoing', 'activity', 'template'] as const;
const PRIVATE_NOTES = ['exclude', 'include', 'only'] as const;
/** Chatwoot's own words: `sender.type` of message payloads (a contact's has no type). */
const SENDER_TYPES = ['contact', 'user', 'agent_bot'] as const;
const CONVERSATION_STATUSES = ['open', 'pending', 'resolved', 'snoozed'] as const;

/** The Filters of a trigger, checked; an absent filter lets every value through. */
export interface DeliveryFilters {
	messageTypes?: string[];
	privateNotes?: (typeof PRIVATE_NOTES)[number];
	senderTypes?: string[];
	inboxIds?: number[];
	conversationStatuses?: string[];
}

/** The collection parameter holding the Filters of each source (different defaults). */
const FILTERS_PARAMETER: Record<Source, string> = { accountWebhook: 'filters', agentBot: 'agentBotFilters' };

const FILTER_OPTIONS: INodeProperties[] = [
	{
		displayName: 'Conversation Status',
		name: 'conversationStatuses',
		type: 'multiOptions',
		options: [
			{ name: 'Open', value: 'open' },
			{ name: 'Pending', value: 'pending', description: 'An agent bot still owns the conversation' },
			{ name: 'Resolved', value: 'resolved' },
			{ name: 'Snoozed', value: 'snoozed' },
		],
		default: [],
		description:
			"Only these statuses: of the message's conversation for message events, the conversation's (after the change) for conversation events. Other events pass.",
	},
	{
		displayName: 'Inbox Names or IDs',
		name: 'inboxIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getInboxOptions', loadOptionsDependsOn: ['account.value'] },
		default: [],
		description:
			'Only events of these inboxes; events without an inbox (contacts) pass. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Message Type',
		name: 'messageTypes',
		type: 'multiOptions',
		options: [
			{ name: 'Activity', value: 'activity', description: 'System notes such as "assigned to Bob"' },
			{ name: 'Incoming', value: 'incoming', description: 'Written by the contact' },
			{ name: 'Outgoing', value: 'outgoing', description: 'Written by an agent, a bot or an automation' },
			{ name: 'Template', value: 'template', description: 'Templates and CSAT questions' },
		],
		default: [],
		description: 'Only messages of these types. Events that are not about a message pass.',
	},
	{
		displayName: 'Private Notes',
		name: 'privateNotes',
		type: 'options',
		options: [
			{ name: 'Exclude', value: 'exclude', description: 'Private notes start no run' },
			{ name: 'Include', value: 'include' },
			{ name: 'Only', value: 'only', description: 'Only private notes start a run' },
		],
		default: 'exclude',
		description: "Whether agents' private notes start a run. Events that are not about a message pass.",
	},
	{
		displayName: 'Sender Type',
		name: 'senderTypes',
		type: 'multiOptions',
		options: [
			{ name: 'Agent', value: 'user' },
			{ name: 'Agent Bot', value: 'agent_bot' },
			{ name: 'Contact', value: 'contact' },
		],
		default: [],
		description:
			'Only messages from these senders (a message without a sender, e.g. from an automation, does not match). Events that are not about a message pass.',
	},
];

/**
 * The Filters field of each source: none set for Account Webhook (every delivery, as before);
 * for Agent Bot only what a customer writes in a conversation the bot still owns. The bot's own
 * replies are outgoing and a conversation a human took over is open, so neither starts a run.
 */
export const FILTER_PROPERTIES: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description:
			'Deliveries that do not match are answered 200 and start no run. None set: every delivery of the selected events.',
		displayOptions: { show: { source: ['accountWebhook'] } },
		options: FILTER_OPTIONS,
	},
	{
		displayName: 'Filters',
		name: 'agentBotFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: { messageTypes: ['incoming'], privateNotes: 'exclude', conversationStatuses: ['pending'] },
		description:
			"Deliveries that do not match are answered 200 and start no run. By default only incoming messages of pending conversations: not the bot's own replies, and nothing once a human has opened the conversation.",
		displayOptions: { show: { source: ['agentBot'] } },
		options: FILTER_OPTIONS,
	},
];

const FILTER_DEFAULTS: Record<Source, IDataObject> = {
	accountWebhook: {},
	agentBot: FILTER_PROPERTIES[1].default as IDataObject,
};

function listOf<T extends string>(ctx: FieldContext, field: string, value: unknown, allowed: readonly T[]): T[] | undefined {
	if (value === undefined || (Array.isArray(value) && value.length === 0)) return undefined;
	const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').map((item) => item.trim()) : [value];
	const unknown = items.find((item) => !allowed.includes(item as T));
	if (unknown !== undefined) throw invalid(ctx, `Filters > ${field}`, `must be among ${allowed.join(', ')}, got ${show(unknown)}`);
	return items as T[];
}

function idsOf(ctx: FieldContext, field: string, value: unknown): number[] | undefined {
	if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
	const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
	return items.map((item) => {
		const id = typeof item === 'string' && /^\s*\d+\s*$/.test(item) ? Number(item) : item;
		if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
			throw invalid(ctx, `Filters > ${field}`, `must be inbox IDs (positive whole numbers), got ${show(item)}`);
		}
		return id;
	});
}

/** The Filters of the trigger's source, checked: bad values fail the activation and each delivery. */
export function readFilters(ctx: IHookFunctions | IWebhookFunctions, source: Source): DeliveryFilters {
	const raw = ctx.getNodeParameter(FILTERS_PARAMETER[source], FILTER_DEFAULTS[source]) as IDataObject;
	const privateNotes = listOf(ctx, 'Private Notes', raw.privateNotes, PRIVATE_NOTES);
	if (privateNotes && privateNotes.length > 1) {
		throw invalid(ctx, 'Filters > Private Notes', `must be one of ${PRIVATE_NOTES.join(', ')}, got ${show(raw.privateNotes)}`);
	}
	return {
		messageTypes: listOf(ctx, 'Message Type', raw.messageTypes, MESSAGE_TYPES),
		privateNotes: privateNotes?.[0],
		senderTypes: listOf(ctx, 'Sender Type', raw.senderTypes, SENDER_TYPES),
		inboxIds: idsOf(ctx, 'Inboxes', raw.inboxIds),
		conversationStatuses: listOf(ctx, 'Conversation Status', raw.conversationStatuses, CONVERSATION_STATUSES),
	};
}

/** message_type is a name in webhook payloads, a number in some older ones. */
function messageTypeOf(body: IDataObject): string | undefined {
	const type = body.message_type;
	if (typeof type === 'number') return MESSAGE_TYPES[type];
	return typeof type === 'string' ? type : undefined;
}

/** A contact's webhook data carries no `type`; agents say "user", bots "agent_bot". */
function senderTypeOf(sender: unknown): string {
	if (sender === null || typeof sender !== 'object') return 'none';
	const type = (sender as IDataObject).type;
	return typeof type === 'string' ? type : 'contact';
}

function inboxOf(body: IDataObject): number | undefined {
	const inbox = body.inbox as IDataObject | undefined;
	const id = inbox?.id ?? body.inbox_id;
	return typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : undefined;
}

function conversationStatusOf(body: IDataObject): string | undefined {
	const conversation = body.conversation as IDataObject | undefined;
	if (typeof conversation?.status === 'string') return conversation.status;
	return String(body.event ?? '').startsWith('conversation_') && typeof body.status === 'string' ? body.status : undefined;
}

/**
 * Why the filters drop this delivery, or undefined when it may start a run. A filter applies
 * only where the payload has its field: message filters to message events, the inbox to
 * events of an inbox, the conversation status to message and conversation events.
 */
export function filteredOut(body: IDataObject, filters: DeliveryFilters): string | undefined {
	const messageType = messageTypeOf(body);
	if (filters.messageTypes && messageType !== undefined && !filters.messageTypes.includes(messageType)) {
		return `message type ${messageType} is not selected in Filters`;
	}
	if (filters.privateNotes && typeof body.private === 'boolean' && filters.privateNotes !== 'include') {
		if (body.private && filters.privateNotes === 'exclude') return 'private notes are excluded in Filters';
		if (!body.private && filters.privateNotes === 'only') return 'only private notes are selected in Filters';
	}
	if (filters.senderTypes && 'sender' in body && messageType !== undefined) {
		const senderType = senderTypeOf(body.sender);
		if (!filters.senderTypes.includes(senderType)) return `sender type ${senderType} is not selected in Filters`;
	}
	const inbox = inboxOf(body);
	if (filters.inboxIds && inbox !== undefined && !filters.inboxIds.includes(inbox)) {
		return `inbox ${inbox} is not selected in Filters`;
	}
	const status = conversationStatusOf(body);
	if (filters.conversationStatuses && status !== undefined && !filters.conversationStatuses.includes(status)) {
		return `conversation status ${status} is not selected in Filters`;
	}
	return undefined;
}
