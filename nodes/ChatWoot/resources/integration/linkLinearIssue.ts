import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { accountPath, integrationConversation, integrationConversationLocator, INTEGRATIONS_URL, linearIssue, linearIssueField } from './fields';

export const linkLinearIssue = defineOperation({
	value: 'linkLinearIssue',
	name: 'Link Linear Issue',
	action: 'Link a Linear issue to a conversation',
	description: "Adds the conversation's address to the issue in Linear; the item has the link ID",
	method: 'POST',
	url: `${INTEGRATIONS_URL}/linear/link_issue`,
	request: {
		path: accountPath,
		body: {
			conversation_id: integrationConversation,
			issue_id: linearIssue,
			title: optional('linearLinkOptions.title', 'Link Title', text),
		},
	},
	fields: [
		integrationConversationLocator,
		linearIssueField,
		{
			displayName: 'Options',
			name: 'linearLinkOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Link Title',
					name: 'title',
					type: 'string',
					default: '',
					description: 'Title of the link on the Linear issue',
				},
			],
		},
	],
});
