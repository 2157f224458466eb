import {
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { chatwootBaseUrl } from '../../../shared/api/baseUrl';
import { inTurn } from '../send/recordWrites';
import { chatwootApiRequest } from '../../../shared/api/transport';
import { itemSlot } from '../../../shared/itemState';

/**
 * Contact > Create or Update: find the contact whose email, identifier or phone number is
 * exactly the value given (contacts filter API), update it with the fields given, or create
 * it. The operation's own request is the create; the find and, for a match, the update
 * replace it here, under a per-contact lock so that items of a run never create twins.
 */
export type MatchKey = 'email' | 'identifier' | 'phone_number';

export interface UpsertPlan {
	accountId: number;
	key: MatchKey;
	value: string;
	/** The body of the update: only the fields given (never inbox_id). */
	update: IDataObject;
}

/** What happened to the contact, in the output item. */
export const UPSERT_RESULT_FIELD = '_operation';

const plans = itemSlot<UpsertPlan>('create-or-update plan');

export function planUpsert(ctx: IExecuteSingleFunctions, plan: UpsertPlan): void {
	plans.set(ctx, plan);
}

function planOf(ctx: object): UpsertPlan {
	const plan = plans.get(ctx);
	if (!plan) throw new Error('Create or Update: no plan for this item');
	return plan;
}

/** Chatwoot's filter compares emails and identifiers case-insensitively; exact means exact. */
function sameValue(key: MatchKey, stored: unknown, wanted: string): boolean {
	if (typeof stored !== 'string') return false;
	return key === 'email' ? stored.toLowerCase() === wanted.toLowerCase() : stored === wanted;
}

async function findContact(ctx: IExecutePaginationFunctions, plan: UpsertPlan): Promise<IDataObject | undefined> {
	const condition = { attribute_key: plan.key, filter_operator: 'equal_to', values: [plan.value] };
	const answer = (await chatwootApiRequest.call(
		ctx,
		'POST',
		`/api/v1/accounts/${plan.accountId}/contacts/filter`,
		{},
		{ payload: [condition] },
	)) as IDataObject;
	const records = (Array.isArray(answer?.payload) ? answer.payload : []) as IDataObject[];
	const matches = records.filter((contact) => sameValue(plan.key, contact[plan.key], plan.value));
	if (matches.length > 1) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Create or Update: ${matches.length} contacts have ${plan.key} "${plan.value}" (IDs ${matches.map((c) => c.id).join(', ')}), so it is not clear which to update`,
			{
				itemIndex: ctx.getItemIndex(),
				description: 'Merge them (Contact > Merge), or match by another field. Nothing was changed.',
			},
		);
	}
	return matches[0];
}

const marked = (items: INodeExecutionData[], result: string) =>
	items.map((item) => ({ ...item, json: { ...item.json, [UPSERT_RESULT_FIELD]: result } }));

/** The operation's "pagination": makes its requests itself, so the lock spans find and write. */
export async function createOrUpdateContact(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const plan = planOf(this);
	const lockKey = JSON.stringify([await chatwootBaseUrl(this), plan.accountId, plan.key, plan.key === 'email' ? plan.value.toLowerCase() : plan.value]);
	return await inTurn(lockKey, async () => {
		const found = await findContact(this, plan);
		if (!found) return marked(await this.makeRoutingRequest(requestData), 'created');
		if (Object.keys(plan.update).length === 0) return marked([{ json: found }], 'unchanged');
		const update = {
			...requestData,
			options: {
				...requestData.options,
				method: 'PUT' as const,
				url: `/api/v1/accounts/${plan.accountId}/contacts/${String(found.id)}`,
				body: plan.update,
			},
		};
		return marked(await this.makeRoutingRequest(update), 'updated');
	});
}
