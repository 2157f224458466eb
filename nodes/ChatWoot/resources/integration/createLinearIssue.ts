import { defineOperation } from '../../shared/declare/operation';
import { optional, required } from '../../shared/request/fieldSources';
import { oneOf, requiredText, stringList, text } from '../../../shared/fields/validators';
import { accountPath, integrationConversation, integrationConversationLocator, INTEGRATIONS_URL, linearTeam, linearTeamField } from './fields';

// Linear's priorities (lib/linear.rb PRIORITY_LEVELS): 0 none, 1 urgent ... 4 low
const PRIORITIES = { none: 0, urgent: 1, high: 2, medium: 3, low: 4 } as const;
const priority = oneOf(Object.keys(PRIORITIES) as Array<keyof typeof PRIORITIES>);

export const createLinearIssue = defineOperation({
	value: 'createLinearIssue',
	name: 'Create Linear Issue',
	action: 'Create a Linear issue from a conversation',
	description: 'Creates the issue in Linear and notes it in the conversation; the item has its ID and identifier',
	method: 'POST',
	url: `${INTEGRATIONS_URL}/linear/create_issue`,
	request: {
		path: accountPath,
		body: {
			conversation_id: integrationConversation,
			team_id: linearTeam,
			title: required('linearIssueTitle', 'Title', requiredText),
			description: optional('linearIssueFields.description', 'Description', text),
			assignee_id: optional('linearIssueFields.assignee_id', 'Assignee ID', text),
			priority: optional('linearIssueFields.priority', 'Priority', (value, field, ctx) => PRIORITIES[priority(value, field, ctx)]),
			state_id: optional('linearIssueFields.state_id', 'State ID', text),
			project_id: optional('linearIssueFields.project_id', 'Project ID', text),
			label_ids: optional('linearIssueFields.label_ids', 'Label IDs', stringList),
		},
	},
	fields: [
		integrationConversationLocator,
		linearTeamField,
		{
			displayName: 'Title',
			name: 'linearIssueTitle',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Additional Fields',
			name: 'linearIssueFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'The IDs are those of Get Linear Team Entities',
			options: [
				{ displayName: 'Assignee ID', name: 'assignee_id', type: 'string', default: '', description: 'ID of a Linear user of the team' },
				{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'Markdown' },
				{ displayName: 'Label IDs', name: 'label_ids', type: 'string', default: '', placeholder: 'e.g. 5b2d..., 9c1e...', description: 'Comma-separated IDs of Linear labels, or an array from an expression' },
				{
					displayName: 'Priority',
					name: 'priority',
					type: 'options',
					default: 'none',
					options: [
						{ name: 'High', value: 'high' },
						{ name: 'Low', value: 'low' },
						{ name: 'Medium', value: 'medium' },
						{ name: 'No Priority', value: 'none' },
						{ name: 'Urgent', value: 'urgent' },
					],
				},
				{ displayName: 'Project ID', name: 'project_id', type: 'string', default: '', description: 'ID of a Linear project of the team' },
				{ displayName: 'State ID', name: 'state_id', type: 'string', default: '', description: 'ID of a workflow state of the team, e.g. Todo' },
			],
		},
	],
});
