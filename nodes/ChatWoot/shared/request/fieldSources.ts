import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { ACCOUNT_FIELD, isBlank, readLocator, readOnce } from '../../../shared/fields/reads';
import { invalid, positiveInteger, type Check } from '../../../shared/fields/validators';

/**
 * Where one value of a request comes from: a node parameter (`userId`), or one key of a
 * collection parameter (`platformUserUpdateFields.email`), and how it is checked.
 */
export interface FieldSource {
	param: string;
	label: string;
	check: Check;
	/** Top-level parameters are always sent; collection keys only when the user added them. */
	optional: boolean;
	/** Resource locators are read with extractValue. */
	locator?: boolean;
}

export function required(param: string, label: string, check: Check): FieldSource {
	return { param, label, check, optional: false };
}

export function optional(param: string, label: string, check: Check): FieldSource {
	return { param, label, check, optional: true };
}

/** A resource locator (From List / By ID / By URL); the ID is extracted, then checked. */
export function locator(param: string, label: string, check: Check = positiveInteger): FieldSource {
	return { param, label, check, optional: false, locator: true };
}

/** An optional resource locator, e.g. `conversationAdditionalFields.inbox_id`: sent only when one is picked. */
export function optionalLocator(param: string, label: string, check: Check = positiveInteger): FieldSource {
	return { param, label, check, optional: true, locator: true };
}

/** Account for application endpoints: the node's Account field, else the credential's default. */
export const ACCOUNT: FieldSource = { ...ACCOUNT_FIELD, check: positiveInteger, optional: true, locator: true };

export function readParameter(ctx: IExecuteSingleFunctions, source: FieldSource): unknown {
	const [top, key] = source.param.split('.', 2);
	if (key === undefined) {
		return source.locator ? readLocator(ctx, top, source.label) : readOnce(ctx, top, undefined);
	}
	const collection = readOnce<IDataObject>(ctx, top, {});
	// A resource locator inside a collection: n8n extracts its ID (By URL mode) by full path.
	if (source.locator && collection[key] !== undefined) {
		return readLocator(ctx, source.param, source.label);
	}
	return collection[key];
}

/** An optional field read and checked by `adjust` (a key it may send or not): undefined when blank. */
export function readOptional(ctx: IExecuteSingleFunctions, source: FieldSource): unknown {
	const raw = readParameter(ctx, source);
	return isBlank(raw) ? undefined : source.check(raw, source.label, ctx);
}


/** One field's checked value; undefined for an optional field left blank. */
export function readField(ctx: IExecuteSingleFunctions, source: FieldSource): unknown {
	const raw = readParameter(ctx, source);
	if (source.optional && isBlank(raw)) return undefined;
	if (!source.optional && isBlank(raw) && typeof raw !== 'boolean') {
		throw invalid(ctx, source.label, 'is required and cannot be empty');
	}
	return source.check(raw, source.label, ctx);
}

