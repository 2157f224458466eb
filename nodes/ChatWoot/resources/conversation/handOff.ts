import { handOffSteps, planHandOff } from '../../shared/steps/handOff';
import { labelList, labelsField } from '../../shared/fields/labels';
import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { optional, optionalLocator, readField } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { CONVERSATION_URL, conversationLocator, conversationPath, conversationUrl } from './fields';

const TEAM = optionalLocator('handOffTeam', 'Team');
const AGENT = optionalLocator('handOffAgent', 'Agent');
const NOTE = optional('handOffNote', 'Private Note', text);
const LABELS = optional('handOffLabels', 'Labels', labelList);

export const handOff = defineOperation({
	value: 'handOff',
	name: 'Hand Off to Human',
	action: 'Hand off a conversation to a human',
	description:
		'Open the conversation and assign it to an agent and/or a team, with a private note and labels if wanted',
	method: 'POST',
	url: `${CONVERSATION_URL}/toggle_status`,
	// The request opens the conversation; everything else is checked here, before any request,
	// and sent by the postReceive (shared/handOff.ts).
	request: {
		path: conversationPath,
		adjustedKeys: { body: ['status'] },
		adjust(built) {
			const labels = readField(this, LABELS) as string[] | undefined;
			const note = readField(this, NOTE) as string | undefined;
			planHandOff(this, {
				conversationUrl: conversationUrl(built.path),
				teamId: readField(this, TEAM) as number | undefined,
				agentId: readField(this, AGENT) as number | undefined,
				note: note?.trim() ? note : undefined,
				labels: labels?.length ? labels : undefined,
			});
			built.body.status = 'open';
		},
	},
	fields: [
		conversationLocator,
		relatedLocator(
			'agent',
			'handOffAgent',
			'Agent who takes over. Leave empty to keep the current agent (Chatwoot assigns the conversation to the agent whose User token opens it, when that user is not an administrator). Works with Agent Bot tokens.',
		),
		relatedLocator(
			'team',
			'handOffTeam',
			"Team that takes over. Chatwoot drops an assigned agent who is not in the team, and may pick one of its members when the team assigns automatically; an Agent chosen above is assigned after the team. Works with Agent Bot tokens.",
		),
		{
			displayName: 'Private Note',
			name: 'handOffNote',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			placeholder: 'e.g. Customer asks for a refund of order A-1001; the bot could not help.',
			description:
				'A note for the agent (a private message the contact never sees), e.g. a summary of the conversation so far. Leave empty for none. Works with Agent Bot tokens.',
		},
		{
			...labelsField('conversation', 'handOff', 'add'),
			name: 'handOffLabels',
			required: false,
			description:
				'Labels to add; the labels already there are kept. Leave empty for none. With an Agent Bot token this needs Chatwoot 4.14.2 or later. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	// The steps after opening check the opening's answer themselves, to name the step that failed.
	output: [handOffSteps],
	answer: { ownErrorHandling: true },
});
