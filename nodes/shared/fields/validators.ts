import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
} from 'n8n-workflow';

/**
 * A check turns a raw parameter value into what Chatwoot expects, or throws a
 * NodeOperationError that names the field, before any request is sent.
 */
export type Check<T = unknown> = (value: unknown, field: string, ctx: IExecuteSingleFunctions) => T;

/** What an error about a field needs: the node, and the item when there is one (not in a trigger's hooks or a list). */
export type FieldContext = Pick<IExecuteSingleFunctions, 'getNode'> & { getItemIndex?: () => number };

export function invalid(ctx: FieldContext, field: string, problem: string, hint?: string) {
	return new NodeOperationError(ctx.getNode(), `${field}: ${problem}`, {
		itemIndex: ctx.getItemIndex?.(),
		description: hint,
	});
}

/** A value as an error message quotes it, cut at 60 characters. */
export function show(value: unknown): string {
	const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export const positiveInteger = (value: unknown, field: string, ctx: FieldContext): number => {
	const text = typeof value === 'string' ? value.trim() : value;
	const number = typeof text === 'string' && /^\d+$/.test(text) ? Number(text) : text;
	if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
		throw invalid(ctx, field, `must be a positive whole number, got ${show(value)}`);
	}
	return number;
};

export const integer: Check<number> = (value, field, ctx) => {
	const text = typeof value === 'string' ? value.trim() : value;
	const number = typeof text === 'string' && /^-?\d+$/.test(text) ? Number(text) : text;
	if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
		throw invalid(ctx, field, `must be a whole number, got ${show(value)}`);
	}
	return number;
};

export const number = (value: unknown, field: string, ctx: FieldContext): number => {
	const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof parsed !== 'number' || !Number.isFinite(parsed)) {
		throw invalid(ctx, field, `must be a number, got ${show(value)}`);
	}
	return parsed;
};

export const text: Check<string> = (value, field, ctx) => {
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value !== 'string') throw invalid(ctx, field, `must be text, got ${show(value)}`);
	return value;
};

export const requiredText: Check<string> = (value, field, ctx) => {
	const result = text(value, field, ctx);
	if (result.trim() === '') throw invalid(ctx, field, 'is required and cannot be empty');
	return result;
};

export const boolean: Check<boolean> = (value, field, ctx) => {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw invalid(ctx, field, `must be true or false, got ${show(value)}`);
};

// Deliberately loose (Chatwoot's own check is Devise's /\A[^@\s]+@[^@\s]+\z/): it catches
// typos and empty values without rejecting addresses Chatwoot accepts.
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const email: Check<string> = (value, field, ctx) => {
	const result = text(value, field, ctx).trim();
	if (!EMAIL.test(result)) {
		throw invalid(ctx, field, `must be an email address like name@example.com, got ${show(value)}`);
	}
	return result;
};

/** Chatwoot's password rules (devise-secure_password), checked in the same order. */
const PASSWORD_SPECIAL_CHARACTERS = "!@#$%^&*()_+-=[]{}|'";

export function passwordProblem(password: string): string | undefined {
	if (password.length < 6 || password.length > 128) {
		return `must be 6 to 128 characters long (it has ${password.length})`;
	}
	if (!/[A-Z]/.test(password)) return 'must contain at least one uppercase letter';
	if (!/[a-z]/.test(password)) return 'must contain at least one lowercase letter';
	if (!/[0-9]/.test(password)) return 'must contain at least one digit';
	if (![...password].some((char) => PASSWORD_SPECIAL_CHARACTERS.includes(char))) {
		return `must contain at least one special character (one of ${PASSWORD_SPECIAL_CHARACTERS})`;
	}
	return undefined;
}

// The value is never echoed: it is a secret.
export const password: Check<string> = (value, field, ctx) => {
	if (typeof value !== 'string') throw invalid(ctx, field, 'must be text');
	const problem = passwordProblem(value);
	if (problem) throw invalid(ctx, field, problem, "These are Chatwoot's own password rules.");
	return value;
};

/** A JSON object given as an object (expression) or as JSON text. */
export const jsonObject: Check<IDataObject> = (value, field, ctx) => {
	let parsed = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return {};
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw invalid(ctx, field, `is not valid JSON (${(error as Error).message})`, 'Example: {"plan": "pro"}');
		}
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
		throw invalid(ctx, field, `must be a JSON object, got ${kind}`, 'Example: {"plan": "pro"}');
	}
	return parsed as IDataObject;
};

/** A list given as an array, or as comma-separated text. */
export const stringList: Check<string[]> = (value, field, ctx) => {
	const items = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(',')
			: typeof value === 'number'
				? [String(value)]
				: undefined;
	if (!items) throw invalid(ctx, field, `must be a list or comma-separated text, got ${show(value)}`);
	return items.map((item) => String(item).trim()).filter((item) => item !== '');
};

/** Email addresses as the comma-separated text Chatwoot splits (message cc_emails and the like). */
export const emailList: Check<string> = (value, field, ctx) => {
	const addresses = stringList(value, field, ctx).map((address) => email(address, field, ctx));
	if (addresses.length === 0) throw invalid(ctx, field, `must name at least one email address, got ${show(value)}`);
	return addresses.join(',');
};

export const integerList: Check<number[]> = (value, field, ctx) =>
	stringList(value, field, ctx).map((item) => positiveInteger(item, field, ctx));

export function oneOf<T extends string>(allowed: readonly T[]): Check<T> {
	return (value, field, ctx) => {
		if (typeof value !== 'string' || !allowed.includes(value as T)) {
			throw invalid(ctx, field, `must be one of ${allowed.join(', ')}, got ${show(value)}`);
		}
		return value as T;
	};
}

export const url: Check<string> = (value, field, ctx) => {
	const result = text(value, field, ctx).trim();
	if (!/^https?:\/\/[^\s/]+/i.test(result)) {
		throw invalid(ctx, field, `must be an http(s) URL, got ${show(value)}`);
	}
	return result;
};

/**
 * Text that goes into a URL path as one segment (slugs, identifiers, uuids), checked against
 * an allow-list. Percent-encoding is not enough: the URL parser resolves `..` and `%2e%2e`,
 * so a portal slug ".." would turn PATCH .../portals/.. into PATCH /api/v1/accounts/1/.
 */
interface SegmentRule {
	pattern: RegExp;
	rule: string;
}

const PLAIN_SEGMENT: SegmentRule = {
	pattern: /^(?!\.+$)[\p{L}\p{N}_.~@+-]+$/u,
	rule: 'letters, digits and - _ . ~ @ + only, not only dots',
};

const UUID_SEGMENT: SegmentRule = {
	pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
	rule: 'hex digits in groups of 8-4-4-4-12',
};

/** The one error of every path-segment check: what was expected, an example, the rule. */
export function notAPathSegment(
	ctx: IExecuteSingleFunctions,
	field: string,
	value: unknown,
	what = 'a plain identifier',
	example = 'abc-123',
	rule = PLAIN_SEGMENT.rule,
) {
	return invalid(ctx, field, `must be ${what} like "${example}" (${rule}), got ${show(value)}`);
}

function segmentCheck(what: string, example: string, { pattern, rule }: SegmentRule): Check<string> {
	return (value, field, ctx) => {
		const result = value === undefined || value === null ? '' : text(value, field, ctx).trim();
		if (result === '') throw invalid(ctx, field, 'is required and cannot be empty');
		if (!pattern.test(result)) throw notAPathSegment(ctx, field, result, what, example, rule);
		return result;
	};
}

/** A slug or identifier that goes into the path, e.g. `pathSegment('a portal slug', 'handbook')`. */
export const pathSegment = (what: string, example: string) => segmentCheck(what, example, PLAIN_SEGMENT);

/** A uuid that goes into the path. */
export const uuidSegment = (what: string, example: string) => segmentCheck(what, example, UUID_SEGMENT);

/** Whether a value filled into a path template is one plain segment (the request builder's last guard). */
export function isPlainSegment(value: string | number): boolean {
	return PLAIN_SEGMENT.pattern.test(String(value));
}
