import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { invalid, show, type Check } from '../../../shared/fields/validators';

/** Wall-clock formatters by time zone: building one is far dearer than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (formatter === undefined) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** Minutes east of UTC of `timeZone` at `epochMs`, read from Intl (no date library needed). */
function offsetMinutes(epochMs: number, timeZone: string): number {
	const parts = wallClock(timeZone).formatToParts(epochMs);
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/** A wall-clock time without offset, read in the workflow's time zone (epoch ms). */
function zonedToEpoch(asUtc: number, timeZone: string): number {
	let epoch = asUtc - offsetMinutes(asUtc, timeZone) * 60000;
	// once more at the result, for times close to a daylight saving switch
	epoch = asUtc - offsetMinutes(epoch, timeZone) * 60000;
	return epoch;
}

// 2024-05-01, 2024-05-01T09:00, 2024-05-01 09:00:00.5, each optionally with Z or +02:00
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?)?\s*(Z|[+-]\d\d:?\d\d)?$/i;
// Fri, 01 May 2024 09:00:00 GMT (Date#toUTCString, HTTP and e-mail dates)
const RFC_2822 = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d\d):(\d\d)(?::(\d\d))?\s+(GMT|UTC|Z|[+-]\d{4})$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Epoch ms of calendar fields, or NaN when they name no real time (Feb 30, 24:00, 10:61). */
function calendarToUtc(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
	const epoch = Date.UTC(year, month - 1, day, hour, minute, second);
	const back = new Date(epoch);
	const real =
		back.getUTCFullYear() === year &&
		back.getUTCMonth() === month - 1 &&
		back.getUTCDate() === day &&
		back.getUTCHours() === hour &&
		back.getUTCMinutes() === minute &&
		back.getUTCSeconds() === second;
	return real ? epoch : NaN;
}

/** Minutes east of UTC of "Z", "+02:00", "-0500", "GMT"; undefined for none. */
function offsetOf(text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	const match = /^([+-])(\d\d):?(\d\d)$/.exec(text);
	if (!match) return 0; // Z, GMT, UTC
	const minutes = Number(match[2]) * 60 + Number(match[3]);
	return Number(match[3]) > 59 || Number(match[2]) > 23 ? NaN : match[1] === '-' ? -minutes : minutes;
}

/** Epoch ms of ISO 8601 or RFC 2822 text; NaN for anything else or an impossible date. */
function parseText(text: string, ctx: IExecuteSingleFunctions): number {
	const iso = ISO.exec(text);
	const rfc = iso ? null : RFC_2822.exec(text);
	if (!iso && !rfc) return NaN;
	const [year, month, day, hour, minute, second] = iso
		? [iso[1], iso[2], iso[3], iso[4] ?? '0', iso[5] ?? '0', iso[6] ?? '0'].map(Number)
		: [Number(rfc![3]), MONTHS.indexOf(rfc![2].toLowerCase()) + 1, Number(rfc![1]), Number(rfc![4]), Number(rfc![5]), Number(rfc![6] ?? 0)];
	const asUtc = calendarToUtc(year, month, day, hour, minute, second) + (iso?.[7] ? Math.floor(Number(iso[7]) * 1000) : 0);
	const offset = offsetOf(iso ? iso[8] : rfc![7]);
	if (Number.isNaN(asUtc) || Number.isNaN(offset)) return NaN;
	return offset === undefined ? zonedToEpoch(asUtc, timeZoneOf(ctx)) : asUtc - offset * 60000;
}

// Unix time 0 to the end of year 9999: what Chatwoot stores and JavaScript dates can print
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59);

function timeZoneOf(ctx: IExecuteSingleFunctions): string {
	try {
		return ctx.getTimezone() || 'UTC';
	} catch {
		return 'UTC'; // contexts without a workflow time zone
	}
}

/**
 * A point in time as Chatwoot's report filters want it: Unix seconds, as text. Takes the
 * editor's date picker value (workflow time zone), ISO text with an offset, a Date or
 * Luxon DateTime from an expression, or Unix seconds/milliseconds.
 */
export const unixSeconds: Check<string> = (value, field, ctx) => {
	let epochMs = NaN;
	if (typeof value === 'number') {
		epochMs = value >= 1e12 ? value : value * 1000;
	} else if (value instanceof Date) {
		epochMs = value.getTime();
	} else if (value && typeof value === 'object' && typeof (value as { toMillis?: unknown }).toMillis === 'function') {
		epochMs = (value as { toMillis: () => number }).toMillis();
	} else if (typeof value === 'string') {
		const text = value.trim();
		if (/^\d+$/.test(text)) {
			epochMs = text.length >= 13 ? Number(text) : Number(text) * 1000;
		} else {
			epochMs = parseText(text, ctx);
		}
	}
	if (!Number.isFinite(epochMs)) {
		throw invalid(
			ctx,
			field,
			`must be a real date and time, got ${show(value)}`,
			'Pick a date, or give ISO text like 2024-05-01T09:00:00Z, or Unix seconds. Impossible dates such as 2024-02-30 or 10:61 are refused, not moved to the next valid one.',
		);
	}
	if (epochMs < 0 || epochMs > LATEST) {
		throw invalid(ctx, field, `must be between 1970 and the end of 9999, got ${show(value)}`, 'Unix times are seconds (10 digits today) or milliseconds (13 digits).');
	}
	return String(Math.floor(epochMs / 1000));
};
