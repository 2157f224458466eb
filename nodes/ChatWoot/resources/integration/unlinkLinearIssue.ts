import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { accountPath, integrationConversation, integrationConversationLocator, INTEGRATIONS_URL, linearIssue, linearIssueField } from './fields';

export const unlinkLinearIssue = defineOperation({
	value: 'unlinkLinearIssue',
	name: 'Unlink Linear Issue',
	action: 'Remove the link between a Linear issue and a conversation',
	method: 'POST',
	url: `${INTEGRATIONS_URL}/linear/unlink_issue`,
	// the issue ID only names the issue in the conversation's activity message
	request: {
		path: accountPath,
		body: {
			conversation_id: integrationConversation,
			link_id: required('linearLinkId', 'Link ID', requiredText),
			issue_id: linearIssue,
		},
	},
	fields: [
		integrationConversationLocator,
		{
			displayName: 'Link ID',
			name: 'linearLinkId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 2f1c8e0a-6b7d-4c3e-9a51-0d8f7e6b5a4c',
			description: 'ID of the link, as Link Linear Issue or Get Linear Linked Issues return it',
		},
		linearIssueField,
	],
});
