import { defineOperation } from '../../shared/declare/operation';
import { optionalLocator, required } from '../../shared/request/fieldSources';
import { oneOf, requiredText } from '../../../shared/fields/validators';
import { TASKS_URL, captainPath, contextConversationLocator } from './fields';

// Captain::RewriteService::ALLOWED_OPERATIONS
const STYLES = ['casual', 'confident', 'fix_spelling_grammar', 'friendly', 'improve', 'professional', 'straightforward'] as const;

export const rewrite = defineOperation({
	value: 'rewrite',
	name: 'Rewrite',
	action: 'Rewrite a text with Captain',
	description: "Captain's rewrite of a text in another tone, corrected or improved, in the output's message",
	method: 'POST',
	url: `${TASKS_URL}/rewrite`,
	request: {
		path: captainPath,
		body: {
			content: required('captainContent', 'Text', requiredText),
			operation: required('captainRewriteStyle', 'Rewrite As', oneOf(STYLES)),
			conversation_display_id: optionalLocator('captainRewriteOptions.conversation_display_id', 'Conversation'),
		},
	},
	fields: [
		{
			displayName: 'Text',
			name: 'captainContent',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: 'The text to rewrite, e.g. a reply before it is sent',
		},
		{
			displayName: 'Rewrite As',
			name: 'captainRewriteStyle',
			type: 'options',
			required: true,
			options: [
				{ name: 'Casual', value: 'casual' },
				{ name: 'Confident', value: 'confident' },
				{ name: 'Fix Spelling and Grammar', value: 'fix_spelling_grammar' },
				{ name: 'Friendly', value: 'friendly' },
				{ name: 'Improved', value: 'improve', description: 'Clearer, using the conversation for context when one is given' },
				{ name: 'Professional', value: 'professional' },
				{ name: 'Straightforward', value: 'straightforward' },
			],
			default: 'improve',
		},
		{
			displayName: 'Options',
			name: 'captainRewriteOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [contextConversationLocator('conversation_display_id', 'Conversation the text answers, for context')],
		},
	],
});
