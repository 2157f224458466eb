import type { IDataObject } from 'n8n-workflow';
import { unixSeconds } from './time';
import { invalid, show, text, type Check } from '../../../shared/fields/validators';

/** Chatwoot stores contact phone numbers in E.164 and answers 422 to anything else. */
export const phoneNumber: Check<string> = (value, field, ctx) => {
	const result = text(value, field, ctx).trim();
	if (!/^\+[1-9]\d{1,14}$/.test(result)) {
		throw invalid(
			ctx,
			field,
			`must be in E.164 format like +14155550123, got ${show(value)}`,
			'A plus sign, the country code and the number, without spaces or dashes.',
		);
	}
	return result;
};

/** A date (picker, ISO text, Luxon object or Unix time) as Unix seconds, a number. */
export const unixTime: Check<number> = (value, field, ctx) => Number(unixSeconds(value, field, ctx));

/** A date (picker, ISO text, Luxon object or Unix time) as ISO 8601 text in UTC. */
export const isoDateTime: Check<string> = (value, field, ctx) =>
	new Date(unixTime(value, field, ctx) * 1000).toISOString();

/** Keys of an object, given as a list or comma-separated text (e.g. custom attribute keys). */
export const keyList: Check<string[]> = (value, field, ctx) => {
	const items = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(',')
			: undefined;
	const keys = (items ?? []).map((item) => String(item).trim()).filter((item) => item !== '');
	if (keys.length === 0) {
		throw invalid(ctx, field, `must name at least one key, got ${show(value)}`, 'Example: plan, seats');
	}
	return keys;
};

/** The object without the named keys. */
export function withoutKeys(object: IDataObject, keys: string[]): IDataObject {
	return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}
