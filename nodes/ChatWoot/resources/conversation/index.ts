import type { INodeProperties } from 'n8n-workflow';
import { withAttachmentDownloads } from '../../shared/attachments';
import { handOffSteps } from '../../shared/handOff';
import { labelsOutput } from '../../shared/labels';
import { unwrap } from '../../shared/output';
import { byPage } from '../../shared/pagination';
import { chatwootListRouting, chatwootRouting, returnAllAndLimit } from '../../shared/routing';
import { conversationAssignDescription, conversationAssignRequest } from './assign';
import { conversationCreateDescription, conversationCreateRequest } from './create';
import {
	conversationCustomAttributesDescription,
	conversationDeleteCustomAttributesRequest,
	conversationSetCustomAttributesRequest,
} from './customAttributes';
import { conversationLocator } from './fields';
import { conversationFilterDescription, conversationFilterRequest } from './filter';
import { conversationGetDescription, conversationGetRequest } from './get';
import { conversationGetAllDescription, conversationGetAllRequest } from './getAll';
import { conversationGetCountsDescription, conversationGetCountsRequest } from './getCounts';
import { conversationGetReportingEventsRequest } from './getReportingEvents';
import { conversationHandOffDescription, conversationHandOffRequest } from './handOff';
import {
	conversationAddLabelsRequest,
	conversationLabelsDescription,
	conversationListLabelsRequest,
	conversationRemoveLabelsRequest,
	conversationSetLabelsRequest,
} from './labels';
import { conversationTogglePriorityDescription, conversationTogglePriorityRequest } from './togglePriority';
import { conversationToggleStatusDescription, conversationToggleStatusRequest } from './toggleStatus';
import {
	conversationToggleTypingStatusDescription,
	conversationToggleTypingStatusRequest,
} from './toggleTypingStatus';
import { conversationUpdateDescription, conversationUpdateRequest } from './update';

const CONVERSATIONS_URL = '/api/v1/accounts/{account_id}/conversations';
const CONVERSATION_URL = '/api/v1/accounts/{account_id}/conversations/{conversation_id}';
const LABELS_URL = `${CONVERSATION_URL}/labels`;
const CUSTOM_ATTRIBUTES_URL = `${CONVERSATION_URL}/custom_attributes`;

// Chatwoot pages conversation lists by 25.
const PAGE_SIZE = 25;

const getAllRouting = chatwootListRouting(CONVERSATIONS_URL, conversationGetAllRequest, {
	records: ['data.payload', 'payload'],
	pagination: byPage(PAGE_SIZE),
});
// Rails reads arrays from `labels[]=a&labels[]=b`.
getAllRouting.request!.arrayFormat = 'brackets';

const getCountsRouting = chatwootRouting(
	'GET',
	`${CONVERSATIONS_URL}/meta`,
	conversationGetCountsRequest,
	unwrap('meta'),
);
getCountsRouting.request!.arrayFormat = 'brackets';

// The steps after opening check the opening's answer themselves, to name the step that failed.
const handOffRouting = chatwootRouting('POST', `${CONVERSATION_URL}/toggle_status`, conversationHandOffRequest);
handOffRouting.output!.postReceive = [handOffSteps];

export const conversationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conversation'] } },
		options: [
			{
				name: 'Add Labels',
				value: 'addLabels',
				action: 'Add labels to a conversation',
				description: 'Add labels and keep the ones the conversation already has',
				routing: chatwootRouting('POST', LABELS_URL, conversationAddLabelsRequest, labelsOutput),
			},
			{
				name: 'Assign',
				value: 'assign',
				action: 'Assign a conversation',
				description: 'Assign the conversation to an agent or a team',
				routing: chatwootRouting('POST', `${CONVERSATION_URL}/assignments`, conversationAssignRequest),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a conversation',
				routing: chatwootRouting('POST', CONVERSATIONS_URL, conversationCreateRequest),
			},
			{
				name: 'Delete Custom Attributes',
				value: 'deleteCustomAttributes',
				action: 'Delete custom attributes of a conversation',
				description: 'Remove the named custom attributes and keep the others',
				routing: chatwootRouting('POST', CUSTOM_ATTRIBUTES_URL, conversationDeleteCustomAttributesRequest),
			},
			{
				name: 'Filter',
				value: 'filter',
				action: 'Filter conversations',
				description: 'Get the conversations that match conditions on their attributes',
				routing: chatwootListRouting(`${CONVERSATIONS_URL}/filter`, conversationFilterRequest, {
					method: 'POST',
					records: ['payload', 'data.payload'],
					pagination: byPage(PAGE_SIZE),
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a conversation',
				routing: withAttachmentDownloads(chatwootRouting('GET', CONVERSATION_URL, conversationGetRequest)),
			},
			{
				name: 'Get Counts',
				value: 'getCounts',
				action: 'Get conversation counts',
				description: 'Count the conversations that are mine, unassigned, assigned and in all',
				routing: getCountsRouting,
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many conversations',
				routing: getAllRouting,
			},
			{
				name: 'Get Reporting Events',
				value: 'getReportingEvents',
				action: 'Get the reporting events of a conversation',
				description: 'Get first response, resolution and other timing events of the conversation',
				routing: chatwootListRouting(
					`${CONVERSATION_URL}/reporting_events`,
					conversationGetReportingEventsRequest,
					{ records: ['payload', ''] },
				),
			},
			{
				name: 'Hand Off to Human',
				value: 'handOff',
				action: 'Hand off a conversation to a human',
				description:
					'Open the conversation and assign it to an agent and/or a team, with a private note and labels if wanted',
				routing: handOffRouting,
			},
			{
				name: 'List Labels',
				value: 'listLabels',
				action: 'List the labels of a conversation',
				routing: chatwootRouting('GET', LABELS_URL, conversationListLabelsRequest, labelsOutput),
			},
			{
				name: 'Remove Labels',
				value: 'removeLabels',
				action: 'Remove labels from a conversation',
				description: 'Remove labels and keep the others',
				routing: chatwootRouting('POST', LABELS_URL, conversationRemoveLabelsRequest, labelsOutput),
			},
			{
				name: 'Set Custom Attributes',
				value: 'setCustomAttributes',
				action: 'Set custom attributes of a conversation',
				description: 'Set some custom attributes and keep the others',
				routing: chatwootRouting('POST', CUSTOM_ATTRIBUTES_URL, conversationSetCustomAttributesRequest),
			},
			{
				name: 'Set Labels',
				value: 'setLabels',
				action: 'Set the labels of a conversation',
				description: 'Replace all labels of the conversation with the given ones',
				routing: chatwootRouting('POST', LABELS_URL, conversationSetLabelsRequest, labelsOutput),
			},
			{
				name: 'Toggle Priority',
				value: 'togglePriority',
				action: 'Set the priority of a conversation',
				routing: chatwootRouting('POST', `${CONVERSATION_URL}/toggle_priority`, conversationTogglePriorityRequest),
			},
			{
				name: 'Toggle Status',
				value: 'toggleStatus',
				action: 'Set the status of a conversation',
				description: 'Open, resolve, set pending or snooze the conversation',
				routing: chatwootRouting(
					'POST',
					`${CONVERSATION_URL}/toggle_status`,
					conversationToggleStatusRequest,
					unwrap('payload'),
				),
			},
			{
				name: 'Toggle Typing Status',
				value: 'toggleTypingStatus',
				action: 'Set the typing indicator of a conversation',
				routing: chatwootRouting(
					'POST',
					`${CONVERSATION_URL}/toggle_typing_status`,
					conversationToggleTypingStatusRequest,
				),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a conversation',
				description: 'Change the priority or SLA policy of the conversation',
				routing: chatwootRouting('PATCH', CONVERSATION_URL, conversationUpdateRequest),
			},
		],
		default: 'getAll',
	},
	// Where an operation has the Conversation, it is its first field.
	conversationLocator([
		'assign',
		'setCustomAttributes',
		'deleteCustomAttributes',
		'get',
		'getReportingEvents',
		'handOff',
		'listLabels',
		'setLabels',
		'addLabels',
		'removeLabels',
		'togglePriority',
		'toggleStatus',
		'toggleTypingStatus',
		'update',
	]),
	...conversationAssignDescription,
	...conversationCreateDescription,
	...conversationCustomAttributesDescription,
	...conversationFilterDescription,
	// after the Conditions of Filter, before the Filters of Get Many
	...returnAllAndLimit('conversation', ['filter', 'getAll', 'getReportingEvents']),
	...conversationGetDescription,
	...conversationGetAllDescription,
	...conversationGetCountsDescription,
	...conversationHandOffDescription,
	...conversationLabelsDescription,
	...conversationTogglePriorityDescription,
	...conversationToggleStatusDescription,
	...conversationToggleTypingStatusDescription,
	...conversationUpdateDescription,
];
