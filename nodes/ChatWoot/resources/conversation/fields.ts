import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { idList } from '../../shared/fields/idLists';
import { labelList, writeLabels, type LabelWrite } from '../../shared/fields/labels';
import { idLocator, relatedLocator } from '../../../shared/fields/locators';
import { ACCOUNT, locator, optional, optionalLocator, type FieldSource } from '../../shared/request/fieldSources';
import { type BuiltRequest, type RequestSpec } from '../../shared/request/buildRequest';
import { oneOf, text } from '../../../shared/fields/validators';

export const CONVERSATIONS_URL = '/api/v1/accounts/{account_id}/conversations';
export const CONVERSATION_URL = '/api/v1/accounts/{account_id}/conversations/{conversation_id}';
export const LABELS_URL = `${CONVERSATION_URL}/labels`;
export const CUSTOM_ATTRIBUTES_URL = `${CONVERSATION_URL}/custom_attributes`;

// Chatwoot pages conversation lists by 25.
export const PAGE_SIZE = 25;

export const conversationsPath = { account_id: ACCOUNT };

// The routes of ConversationsController's own actions (mute, transcript...) name the display ID `id`.
export const CONVERSATION_ACTION_URL = '/api/v1/accounts/{account_id}/conversations/{id}';
export const conversationActionPath = { account_id: ACCOUNT, id: locator('conversation', 'Conversation') };
export const PARTICIPANTS_URL = `${CONVERSATION_URL}/participants`;
export const DRAFT_URL = `${CONVERSATION_URL}/draft_messages`;

// The ID of a conversation is its display ID (the number in the dashboard), not the row ID.
export const conversationPath = {
	account_id: ACCOUNT,
	conversation_id: locator('conversation', 'Conversation'),
};

export const conversationUrl = (path: BuiltRequest['path']) =>
	`/api/v1/accounts/${path.account_id}/conversations/${path.conversation_id}`;

/** Set, Add and Remove Labels: POST .../labels replaces the whole list. */
export const labelWrite = (mode: LabelWrite): RequestSpec => ({ path: conversationPath, ...writeLabels(mode, conversationUrl) });

/** Conversation IDs (display IDs) for an action on several conversations: at least one. */
export const conversationIdList = idList('conversation');

/** The conversation, one field for every operation on an existing conversation (its first field). */
export const conversationLocator: INodeProperties = idLocator({
	name: 'conversation',
	displayName: 'Conversation',
	searchListMethod: 'getConversations',
	urlSegment: 'conversations',
});

const option = (name: string, value: string): INodePropertyOptions => ({ name, value });

export const STATUSES = ['open', 'resolved', 'pending', 'snoozed'] as const;
export const PRIORITIES = ['urgent', 'high', 'medium', 'low', 'none'] as const;

export const priorityOptions: INodePropertyOptions[] = [
	option('High', 'high'),
	option('Low', 'low'),
	option('Medium', 'medium'),
	option('None', 'none'),
	option('Urgent', 'urgent'),
];

export const statusOptions: INodePropertyOptions[] = [
	option('Open', 'open'),
	option('Pending', 'pending'),
	option('Resolved', 'resolved'),
	option('Snoozed', 'snoozed'),
];

const LIST_STATUSES = ['all', ...STATUSES] as const;
const ASSIGNEE_TYPES = ['all', 'assigned', 'me', 'unassigned'] as const;

/**
 * Filters of Get Many and Get Counts (query parameters) from their Filters `collection`;
 * Get Many adds the assignee type.
 */
export function listFilters(collection: string, withAssigneeType: boolean): Record<string, FieldSource> {
	const filter = (name: string) => `${collection}.${name}`;
	return {
		...(withAssigneeType
			? { assignee_type: optional(filter('assignee_type'), 'Assignee Type', oneOf(ASSIGNEE_TYPES)) }
			: {}),
		status: optional(filter('status'), 'Status', oneOf(LIST_STATUSES)),
		q: optional(filter('q'), 'Search Text', text),
		inbox_id: optionalLocator(filter('inbox_id'), 'Inbox'),
		team_id: optionalLocator(filter('team_id'), 'Team'),
		labels: optional(filter('labels'), 'Labels', labelList),
	};
}

export function listFilterOptions(withAssigneeType: boolean): INodeProperties[] {
	const options: INodeProperties[] = [
		{
			displayName: 'Assignee Type',
			name: 'assignee_type',
			type: 'options',
			options: [
				option('All', 'all'),
				option('Assigned', 'assigned'),
				option('Assigned to Me', 'me'),
				option('Unassigned', 'unassigned'),
			],
			default: 'all',
		},
		relatedLocator('inbox', 'inbox_id'),
		{
			displayName: 'Label Names or IDs',
			name: 'labels',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getLabelTitles', loadOptionsDependsOn: ['account.value'] },
			default: [],
			description:
				'Only conversations with any of these labels. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Search Text',
			name: 'q',
			type: 'string',
			default: '',
			description: 'Only conversations with a message containing this text',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [option('All', 'all'), ...statusOptions],
			default: 'open',
			description: 'Chatwoot returns open conversations unless another status is chosen',
		},
		relatedLocator('team', 'team_id'),
	];
	return withAssigneeType ? options : options.filter((field) => field.name !== 'assignee_type');
}
