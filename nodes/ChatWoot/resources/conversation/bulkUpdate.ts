import type { IDataObject } from 'n8n-workflow';
import { unixTime } from '../../shared/fields/formats';
import { labelList } from '../../shared/fields/labels';
import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { nothingToUpdate } from '../../shared/request/buildRequest';
import { optional, optionalLocator, readOptional, required } from '../../shared/request/fieldSources';
import { oneOf } from '../../../shared/fields/validators';
import { conversationIdList, conversationsPath, STATUSES, statusOptions } from './fields';

const UPDATE_FIELDS = 'conversationBulkUpdateFields';
const field = (key: string) => `${UPDATE_FIELDS}.${key}`;

// bulk_actions_controller.rb:49-52 and :65: fields{status, assignee_id, team_id}, labels{add[], remove[]}
const CHANGES = {
	status: optional(field('status'), 'Status', oneOf(STATUSES)),
	assignee_id: optionalLocator(field('assignee_id'), 'Agent'),
	team_id: optionalLocator(field('team_id'), 'Team'),
	add: optional(field('labelsToAdd'), 'Labels to Add', labelList),
	remove: optional(field('labelsToRemove'), 'Labels to Remove', labelList),
};

export const bulkUpdate = defineOperation({
	value: 'bulkUpdate',
	name: 'Bulk Update',
	action: 'Update many conversations at once',
	description: 'Set the status, agent or team, or add and remove labels, of many conversations in one request',
	method: 'POST',
	url: '/api/v1/accounts/{account_id}/bulk_actions',
	request: {
		path: conversationsPath,
		body: {
			ids: required('conversationIds', 'Conversation IDs', conversationIdList),
			snoozed_until: optional(field('snoozed_until'), 'Snoozed Until', unixTime),
		},
		adjust(built) {
			const read = (key: keyof typeof CHANGES) => readOptional(this, CHANGES[key]);
			const fields = Object.fromEntries(
				(['status', 'assignee_id', 'team_id'] as const).map((key) => [key, read(key)]).filter(([, value]) => value !== undefined),
			) as IDataObject;
			const labels = Object.fromEntries(
				(['add', 'remove'] as const).map((key) => [key, read(key)]).filter(([, value]) => (value as string[] | undefined)?.length),
			) as IDataObject;
			if (Object.keys(fields).length === 0 && Object.keys(labels).length === 0 && built.body.snoozed_until === undefined) {
				throw nothingToUpdate(this, UPDATE_FIELDS, { status: 'Status', assignee_id: 'Agent', team_id: 'Team', labelsToAdd: 'Labels to Add', labelsToRemove: 'Labels to Remove', snoozed_until: 'Snoozed Until' }, 'Update Fields');
			}
			// BulkActionsJob finds them by display ID (the conversation IDs users see)
			built.body = {
				type: 'Conversation',
				ids: built.body.ids,
				...(Object.keys(fields).length ? { fields } : {}),
				...(Object.keys(labels).length ? { labels } : {}),
				...(built.body.snoozed_until === undefined ? {} : { snoozed_until: built.body.snoozed_until }),
			};
		},
		adjustedKeys: { body: ['type', 'fields', 'labels'] },
	},
	fields: [
		{
			displayName: 'Conversation IDs',
			name: 'conversationIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 12, 15, 16',
			description: 'Comma-separated conversation IDs (the numbers in the dashboard), or an array from an expression',
		},
		{
			displayName: 'Update Fields',
			name: UPDATE_FIELDS,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Chatwoot applies the changes in the background, after answering',
			options: [
				relatedLocator('agent', 'assignee_id', 'Agent to assign the conversations to'),
				{
					displayName: 'Label Names or IDs to Add',
					name: 'labelsToAdd',
					type: 'multiOptions',
					typeOptions: { loadOptionsMethod: 'getLabelTitles', loadOptionsDependsOn: ['account.value'] },
					default: [],
					description:
						'Labels added to each conversation; its other labels stay. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Label Names or IDs to Remove',
					name: 'labelsToRemove',
					type: 'multiOptions',
					typeOptions: { loadOptionsMethod: 'getLabelTitles', loadOptionsDependsOn: ['account.value'] },
					default: [],
					description:
						'Labels taken off each conversation. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Snoozed Until',
					name: 'snoozed_until',
					type: 'dateTime',
					default: '',
					description: 'When snoozed conversations reopen (with Status Snoozed)',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: statusOptions,
					default: 'resolved',
				},
				relatedLocator('team', 'team_id', 'Team to assign the conversations to'),
			],
		},
	],
});
