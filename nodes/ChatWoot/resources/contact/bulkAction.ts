import { idList } from '../../shared/fields/idLists';
import { labelList } from '../../shared/fields/labels';
import { defineOperation } from '../../shared/declare/operation';
import { optional, readOptional, required } from '../../shared/request/fieldSources';
import { invalid, oneOf } from '../../../shared/fields/validators';
import { contactsPath } from './fields';

const ACTIONS = ['addLabels', 'removeLabels', 'delete'] as const;
const LABELS = optional('contactBulkLabels', 'Labels', labelList);

export const bulkAction = defineOperation({
	value: 'bulkAction',
	name: 'Bulk Action',
	action: 'Label or delete many contacts at once',
	description: 'Add or remove labels of many contacts, or delete them, in one request; Chatwoot applies it in the background',
	method: 'POST',
	url: '/api/v1/accounts/{account_id}/bulk_actions',
	request: {
		path: contactsPath,
		body: { ids: required('contactIds', 'Contact IDs', idList('contact')) },
		// bulk_actions_controller.rb:65: type, action_name, ids[], labels{add[], remove[]}
		adjust(built) {
			const action = oneOf(ACTIONS)(this.getNodeParameter('contactBulkAction', 'addLabels'), 'Action', this);
			if (action === 'delete') {
				built.body = { type: 'Contact', ids: built.body.ids, action_name: 'delete' };
				return;
			}
			const labels = readOptional(this, LABELS) as string[] | undefined;
			if (!labels?.length) throw invalid(this, 'Labels', `name at least one label to ${action === 'addLabels' ? 'add' : 'remove'}`);
			built.body = { type: 'Contact', ids: built.body.ids, labels: { [action === 'addLabels' ? 'add' : 'remove']: labels } };
		},
		adjustedKeys: { body: ['type', 'action_name', 'labels'] },
	},
	fields: [
		{
			displayName: 'Contact IDs',
			name: 'contactIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 7, 12',
			description: 'Comma-separated contact IDs, or an array from an expression',
		},
		{
			displayName: 'Action',
			name: 'contactBulkAction',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Add Labels', value: 'addLabels', description: 'Add labels; other labels stay' },
				{ name: 'Delete', value: 'delete', description: 'Delete the contacts with their conversations (administrators only)' },
				{ name: 'Remove Labels', value: 'removeLabels', description: 'Take labels off the contacts' },
			],
			default: 'addLabels',
		},
		{
			displayName: 'Label Names or IDs',
			name: 'contactBulkLabels',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getLabelTitles', loadOptionsDependsOn: ['account.value'] },
			default: [],
			description:
				'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			displayOptions: { show: { contactBulkAction: ['addLabels', 'removeLabels'] } },
		},
	],
});
