import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { conversationIdList } from '../conversation/fields';
import { MACRO_URL, macroLocator, macroPath } from './fields';

export const execute = defineOperation({
	value: 'execute',
	name: 'Execute',
	action: 'Run a macro on conversations',
	description: "Run the macro's actions on each conversation; Chatwoot runs them in the background",
	method: 'POST',
	url: `${MACRO_URL}/execute`,
	request: { path: macroPath, body: { conversation_ids: required('macroConversationIds', 'Conversation IDs', conversationIdList) } },
	fields: [
		macroLocator,
		{
			displayName: 'Conversation IDs',
			name: 'macroConversationIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 12, 15',
			description:
				'Conversations to run the macro on: comma-separated conversation IDs (the numbers in the dashboard), or an array from an expression',
		},
	],
});
