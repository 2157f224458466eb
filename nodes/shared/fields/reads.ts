import type { IExecuteSingleFunctions, IHookFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { itemSlot } from '../itemState';
import { invalid, positiveInteger } from './validators';

// Reading the node's parameters: once per item, and the Account (the node's field, else the
// credential's default) for operations, searchable lists and the trigger alike.

/** The node's Account field (a resource locator). */
export const ACCOUNT_FIELD = { param: 'account', label: 'Account' };

/**
 * Parameters read so far for one item. getNodeParameter evaluates every expression in a value
 * on each call, so the pieces of an operation that need the same field (its fields, its
 * `adjust`, a file upload after it) share one read per item.
 */
const readsByItem = itemSlot<Map<string, unknown>>('parameter reads');

function readsOf(ctx: object): Map<string, unknown> {
	let reads = readsByItem.get(ctx);
	if (reads === undefined) {
		reads = new Map();
		readsByItem.set(ctx, reads);
	}
	return reads;
}

/** The item's first preSend: nothing read yet (n8n may run an item again, e.g. Retry On Fail). */
export function forgetReads(ctx: object) {
	readsByItem.clear(ctx);
}

/** Blank: nothing usable was given (undefined, null, whitespace, an empty list). */
export function isBlank(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** Where the Account field is read: an operation's item, the trigger's hooks, a list in the editor. */
export type AccountContext = IExecuteSingleFunctions | IHookFunctions | ILoadOptionsFunctions;

interface CredentialFacts {
	kind?: string;
	accountId?: number;
}

/** The credential's Token Kind and default account, read once per item (or hook / list call). */
export async function credentialFacts(ctx: AccountContext): Promise<CredentialFacts> {
	const reads = readsOf(ctx);
	// not a parameter name: parameter names are identifiers
	const key = 'credential facts';
	if (!reads.has(key)) reads.set(key, await ctx.getCredentials<CredentialFacts>('chatWootApi'));
	return reads.get(key) as CredentialFacts;
}

/**
 * The account of the node's Account field, else the credential's default Account ID: checked,
 * never guessed. The one reader of the Account field, for operations, lists and the trigger
 * (`field`: another account locator, e.g. the Profile's, whose routes have no account in the path).
 */
export async function readAccount(ctx: AccountContext, field = ACCOUNT_FIELD): Promise<number> {
	const chosen = readLocator(ctx, field.param, field.label);
	if (!isBlank(chosen)) return positiveInteger(chosen, field.label, ctx);
	const credentials = await credentialFacts(ctx);
	if (isBlank(credentials.accountId)) {
		throw invalid(
			ctx,
			field.label,
			'no account chosen and the credential has no default Account ID',
			'Set Account ID in the ChatWoot API credential, or pick an Account in this node.',
		);
	}
	return positiveInteger(credentials.accountId, 'Account ID (credential)', ctx);
}

/** A required record ID from a resource locator outside an operation's request (the trigger's Agent Bot). */
export function readLocatorId(ctx: AccountContext, param: string, label: string): number {
	const chosen = readLocator(ctx, param, label);
	if (isBlank(chosen)) throw invalid(ctx, label, 'choose one from the list or enter its ID');
	return positiveInteger(chosen, label, ctx);
}

/** A top-level parameter of this item, read (its expressions evaluated) once per item. */
export function readOnce<T>(ctx: IExecuteSingleFunctions, name: string, fallback: T): T {
	const reads = readsOf(ctx);
	if (!reads.has(name)) reads.set(name, ctx.getNodeParameter(name, fallback));
	return reads.get(name) as T;
}

/**
 * A resource locator's ID. n8n extracts it (By URL: with the mode's regex) and throws its
 * own, unnamed error when it cannot, e.g. when an expression gives an object.
 */
export function readLocator(ctx: AccountContext, param: string, label: string): unknown {
	try {
		// In the editor (lists), the values on screen; elsewhere the saved ones.
		return 'getCurrentNodeParameter' in ctx
			? ctx.getCurrentNodeParameter(param, { extractValue: true })
			: ctx.getNodeParameter(param, undefined, { extractValue: true });
	} catch (error) {
		const reason = String((error as Error).message ?? error).replace(/^ERROR:\s*/, '');
		throw invalid(ctx, label, `is not an ID or address that can be used (${reason})`);
	}
}
