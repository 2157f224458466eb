import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText, type Check } from '../../../shared/fields/validators';
import { conversationLocator, conversationPath, DRAFT_URL } from './fields';

// draft_messages_controller.rb reads params[:draft_message][:message]
const draftMessage: Check<IDataObject> = (value, field, ctx) => ({ message: requiredText(value, field, ctx) });

export const saveDraft = defineOperation({
	value: 'saveDraft',
	name: 'Save Draft',
	action: 'Save a draft reply in a conversation',
	description: "Put a reply into the token user's composer for review instead of sending it; replaces the current draft",
	method: 'PATCH',
	url: DRAFT_URL,
	request: { path: conversationPath, body: { draft_message: required('draftMessage', 'Draft', draftMessage) } },
	fields: [
		conversationLocator,
		{
			displayName: 'Draft',
			name: 'draftMessage',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: 'The text the agent finds in the reply box of the conversation',
		},
	],
});
