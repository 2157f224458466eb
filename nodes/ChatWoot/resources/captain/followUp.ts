import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { optionalLocator, required } from '../../shared/request/fieldSources';
import { invalid, jsonObject, requiredText, show, type Check } from '../../../shared/fields/validators';
import { TASKS_URL, captainPath, contextConversationLocator } from './fields';

// Captain::FollowUpService::ALLOWED_EVENT_NAMES: the tasks a follow-up can refine
const EVENTS = [
	'casual',
	'confident',
	'fix_spelling_grammar',
	'friendly',
	'improve',
	'label_suggestion',
	'professional',
	'reply_suggestion',
	'straightforward',
	'summarize',
];

/**
 * The follow_up_context of an earlier Captain answer. FollowUpService answers 422 "Follow-up
 * context missing" without an allowed event_name, original_context and last_response, and
 * reads conversation_history as a list of {role, content}: checked here, naming the key.
 */
const followUpContext: Check<IDataObject> = (value, field, ctx) => {
	const context = jsonObject(value, field, ctx);
	const hint = "Pass the follow_up_context of an earlier Captain answer, e.g. {{ $json.follow_up_context }}.";
	if (typeof context.event_name !== 'string' || !EVENTS.includes(context.event_name)) {
		throw invalid(ctx, field, `event_name must be one of ${EVENTS.join(', ')}, got ${show(context.event_name)}`, hint);
	}
	for (const key of ['original_context', 'last_response']) {
		const text = context[key];
		if (typeof text !== 'string' || text.trim() === '') throw invalid(ctx, field, `${key} must be non-empty text, got ${show(text)}`, hint);
	}
	const history = context.conversation_history;
	const turn = (entry: unknown) => entry !== null && typeof entry === 'object' && typeof (entry as IDataObject).role === 'string' && typeof (entry as IDataObject).content === 'string';
	if (history !== undefined && history !== null && !(Array.isArray(history) && history.every(turn))) {
		throw invalid(ctx, field, `conversation_history must be a list of {"role", "content"} objects, got ${show(history)}`, hint);
	}
	return context;
};

export const followUp = defineOperation({
	value: 'followUp',
	name: 'Follow Up',
	action: 'Refine an earlier Captain answer',
	description: "Ask Captain to change an earlier answer (a rewrite, summary or suggestion): the new text in the output's message, and the follow_up_context for the next follow-up",
	method: 'POST',
	url: `${TASKS_URL}/follow_up`,
	request: {
		path: captainPath,
		body: {
			message: required('captainFollowUpMessage', 'Instruction', requiredText),
			follow_up_context: required('captainFollowUpContext', 'Follow-Up Context', followUpContext),
			conversation_display_id: optionalLocator('captainFollowUpOptions.conversation_display_id', 'Conversation'),
		},
	},
	fields: [
		{
			displayName: 'Instruction',
			name: 'captainFollowUpMessage',
			type: 'string',
			typeOptions: { rows: 2 },
			required: true,
			default: '',
			placeholder: 'e.g. Make it shorter',
			description: 'What Captain should change in its last answer',
		},
		{
			displayName: 'Follow-Up Context',
			name: 'captainFollowUpContext',
			type: 'json',
			required: true,
			default: '',
			description:
				"The follow_up_context of the Captain answer to refine (event_name, original_context, last_response, conversation_history), dragged in from the earlier Captain node's output",
		},
		{
			displayName: 'Options',
			name: 'captainFollowUpOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [contextConversationLocator('conversation_display_id', 'Conversation the answer is about, for context')],
		},
	],
});
