import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { labelList } from '../../shared/fields/labels';
import { idLocator } from '../../../shared/fields/locators';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { nothingToUpdate, type BuiltRequest } from '../../shared/request/buildRequest';
import { chatwootApiRequest } from '../../../shared/api/transport';
import { queueRecordWrite } from '../../shared/send/recordWrites';
import { emailList, invalid, oneOf, positiveInteger, requiredText, type Check } from '../../../shared/fields/validators';

export const MACROS_URL = '/api/v1/accounts/{account_id}/macros';
export const MACRO_URL = '/api/v1/accounts/{account_id}/macros/{id}';

export const macrosPath = { account_id: ACCOUNT };
export const macroPath = { account_id: ACCOUNT, id: locator('macro', 'Macro') };

/** The macro, one field for every operation on an existing macro. */
export const macroLocator: INodeProperties = idLocator({
	name: 'macro',
	displayName: 'Macro',
	searchListMethod: 'getMacros',
	urlSegment: 'settings/macros',
});

/** Actions that take no value (Chatwoot stores an empty action_params). */
const WITHOUT_VALUE = ['mute_conversation', 'remove_assigned_team', 'resolve_conversation', 'snooze_conversation'];

/**
 * The value of one action as Macros::ExecutionService (ActionService) reads action_params:
 * IDs as numbers (assign_team compares them with the account's team IDs), a message as one
 * text, the transcript's addresses as one comma-separated text, a priority of None as "nil".
 */
const ACTION_VALUES: Record<string, Check<unknown[]>> = {
	add_label: (value, field, ctx) => nonEmpty(labelList(value, field, ctx), field, ctx),
	remove_label: (value, field, ctx) => nonEmpty(labelList(value, field, ctx), field, ctx),
	add_private_note: (value, field, ctx) => [requiredText(value, field, ctx)],
	send_message: (value, field, ctx) => [requiredText(value, field, ctx)],
	assign_agent: (value, field, ctx) => [positiveInteger(value, field, ctx)],
	assign_team: (value, field, ctx) => [positiveInteger(value, field, ctx)],
	change_status: (value, field, ctx) => [oneOf(['open', 'pending', 'resolved', 'snoozed'])(value, field, ctx)],
	change_priority: (value, field, ctx) => {
		const priority = oneOf(['urgent', 'high', 'medium', 'low', 'none'])(value, field, ctx);
		return [priority === 'none' ? 'nil' : priority];
	},
	send_email_transcript: (value, field, ctx) => [emailList(value, field, ctx)],
};

function nonEmpty<T>(list: T[], field: string, ctx: Parameters<Check>[2]): T[] {
	if (list.length === 0) throw invalid(ctx, field, 'name at least one label');
	return list;
}

const ACTION_NAMES = [...Object.keys(ACTION_VALUES), ...WITHOUT_VALUE];

/** The Actions of the form as Chatwoot's `actions`: [{action_name, action_params[]}], in order. */
export const macroActions: Check<IDataObject[]> = (value, field, ctx) => {
	const rows = ((value as IDataObject | undefined)?.action ?? []) as IDataObject[];
	if (!Array.isArray(rows) || rows.length === 0) throw invalid(ctx, field, 'add at least one action');
	return rows.map((row, index) => {
		const label = `${field} ${index + 1}`;
		const name = oneOf(ACTION_NAMES)(row.action_name, `${label}: Action`, ctx);
		const read = ACTION_VALUES[name];
		return { action_name: name, action_params: read ? read(row.action_params, `${label}: Value`, ctx) : [] };
	});
};

export const visibility = oneOf(['personal', 'global']);

/**
 * Chatwoot sets a macro's visibility to the one sent, even when none is sent: an update
 * without Visibility would leave the macro with none, listed nowhere. The current one is read
 * and sent again, in the macro's turn (shared/send/recordWrites.ts), so that another item's
 * update of the same macro cannot come between the read and the write.
 */
export async function keepVisibility(this: IExecuteSingleFunctions, built: BuiltRequest): Promise<void> {
	if (Object.keys(built.body).length === 0) throw nothingToUpdate(this, 'macroUpdateFields', { actions: 'Actions', name: 'Name', visibility: 'Visibility' });
	const record = `/api/v1/accounts/${built.path.account_id}/macros/${built.path.id}`;
	if (built.body.visibility !== undefined) {
		queueRecordWrite(this, { record });
		return;
	}
	queueRecordWrite(this, {
		record,
		async complete(body) {
			const answer = (await chatwootApiRequest.call(this, 'GET', record)) as IDataObject;
			const current = (answer?.payload as IDataObject | undefined)?.visibility;
			return typeof current === 'string' ? { ...body, visibility: current } : body;
		},
	});
}

export const visibilityOption: INodeProperties = {
	displayName: 'Visibility',
	name: 'visibility',
	type: 'options',
	options: [
		{ name: 'Personal', value: 'personal', description: 'Only its author sees and runs it' },
		{ name: 'Global', value: 'global', description: 'Every agent of the account sees and runs it' },
	],
	default: 'personal',
	description: 'Chatwoot keeps the macros that agents (not administrators) save personal',
};

export const macroActionsField: INodeProperties = {
	displayName: 'Actions',
	name: 'macroActions',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Action',
	default: {},
	description: 'What the macro does to each conversation it runs on, in this order',
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
					options: [
						{ name: 'Add Labels', value: 'add_label' },
						{ name: 'Add Private Note', value: 'add_private_note' },
						{ name: 'Assign Agent', value: 'assign_agent' },
						{ name: 'Assign Team', value: 'assign_team' },
						{ name: 'Change Priority', value: 'change_priority' },
						{ name: 'Change Status', value: 'change_status' },
						{ name: 'Mute Conversation', value: 'mute_conversation' },
						{ name: 'Remove Assigned Team', value: 'remove_assigned_team' },
						{ name: 'Remove Labels', value: 'remove_label' },
						{ name: 'Resolve Conversation', value: 'resolve_conversation' },
						{ name: 'Send Email Transcript', value: 'send_email_transcript' },
						{ name: 'Send Message', value: 'send_message' },
						{ name: 'Snooze Conversation', value: 'snooze_conversation' },
					],
				},
				{
					displayName: 'Value',
					name: 'action_params',
					type: 'string',
					default: '',
					placeholder: 'e.g. billing, vip',
					description:
						'Add/Remove Labels: label names, comma-separated. Assign Agent or Team: its ID. Send Message, Add Private Note: the text. Change Status: open, pending, resolved or snoozed. Change Priority: urgent, high, medium, low or none. Send Email Transcript: email addresses, comma-separated.',
					displayOptions: { hide: { action_name: WITHOUT_VALUE } },
				},
			],
		},
	],
};
