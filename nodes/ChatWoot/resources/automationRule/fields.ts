import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { idLocator } from '../../../shared/fields/locators';
import { unwrap } from '../../shared/response/output';
import { invalid, oneOf, requiredText, stringList, type Check } from '../../../shared/fields/validators';

export const RULES_URL = '/api/v1/accounts/{account_id}/automation_rules';
export const RULE_URL = '/api/v1/accounts/{account_id}/automation_rules/{id}';

export const automationRulesPath = { account_id: ACCOUNT };
export const automationRulePath = { account_id: ACCOUNT, id: locator('automationRule', 'Automation Rule') };

// Show and update answer {payload: rule}; create answers the bare rule on current servers.
export const unwrapRule = unwrap('payload', '');

export const automationRuleLocator: INodeProperties = idLocator({
	name: 'automationRule',
	displayName: 'Automation Rule',
	searchListMethod: 'getAutomationRules',
});

const EVENTS = ['conversation_created', 'conversation_updated', 'conversation_resolved', 'message_created'] as const;

export const eventName = oneOf(EVENTS);

export const eventField: INodeProperties = {
	displayName: 'Event',
	name: 'event_name',
	type: 'options',
	default: 'conversation_created',
	description: 'The event that runs the rule',
	options: [
		{ name: 'Conversation Created', value: 'conversation_created' },
		{ name: 'Conversation Resolved', value: 'conversation_resolved' },
		{ name: 'Conversation Updated', value: 'conversation_updated' },
		{ name: 'Message Created', value: 'message_created' },
	],
};

/**
 * Action parameters: labels, IDs, a message... Comma-separated text for simple lists, or a
 * JSON array when an action takes objects (Send Email to Team: [{"message": "...", "team_ids": [1]}]).
 */
const actionParams: Check<unknown[]> = (value, field, ctx) => {
	if (Array.isArray(value)) return value;
	if (typeof value === 'string' && value.trim().startsWith('[')) {
		try {
			const parsed = JSON.parse(value) as unknown;
			if (Array.isArray(parsed)) return parsed;
		} catch (error) {
			throw invalid(ctx, field, `is not a valid JSON array (${(error as Error).message})`);
		}
	}
	return stringList(value ?? '', field, ctx);
};

export const automationActions: Check<IDataObject[]> = (value, field, ctx) => {
	const rows = ((value as IDataObject | undefined)?.action ?? []) as IDataObject[];
	if (!Array.isArray(rows) || rows.length === 0) throw invalid(ctx, field, 'add at least one action');
	return rows.map((row, index) => {
		const label = `${field} ${index + 1}`;
		return {
			action_name: requiredText(row.action_name, `${label}: Action`, ctx),
			action_params: actionParams(row.action_params, `${label}: Parameters`, ctx),
		};
	});
};

export const actionsField: INodeProperties = {
	displayName: 'Actions',
	name: 'actions',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Action',
	default: {},
	description: 'What the rule does when the conditions match, in order',
	options: [
		{
			displayName: 'Action',
			name: 'action',
			values: [
				{
					displayName: 'Action',
					name: 'action_name',
					type: 'options',
					default: 'add_label',
					description:
						'What to do. Servers differ in the actions they accept; use an expression for one not listed.',
					options: [
						{ name: 'Add Label', value: 'add_label' },
						{ name: 'Add Private Note', value: 'add_private_note' },
						{ name: 'Assign Agent', value: 'assign_agent' },
						{ name: 'Assign Team', value: 'assign_team' },
						{ name: 'Change Priority', value: 'change_priority' },
						{ name: 'Change Status', value: 'change_status' },
						{ name: 'Mute Conversation', value: 'mute_conversation' },
						{ name: 'Remove Label', value: 'remove_label' },
						{ name: 'Resolve Conversation', value: 'resolve_conversation' },
						{ name: 'Send Attachment', value: 'send_attachment' },
						{ name: 'Send Email to Team', value: 'send_email_to_team' },
						{ name: 'Send Email Transcript', value: 'send_email_transcript' },
						{ name: 'Send Message', value: 'send_message' },
						{ name: 'Send Webhook Event', value: 'send_webhook_event' },
						{ name: 'Snooze Conversation', value: 'snooze_conversation' },
					],
				},
				{
					displayName: 'Parameters',
					name: 'action_params',
					type: 'string',
					default: '',
					placeholder: 'e.g. support, billing',
					description:
						'Comma-separated parameters (label names, agent or team IDs, a status, a URL...), or a JSON array for actions that take objects',
				},
			],
		},
	],
};
