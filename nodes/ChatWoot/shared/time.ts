import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { invalid, type Check } from './validators';

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

/** A wall-clock time without offset ("2024-05-01T09:00:00"), read in the workflow's time zone. */
function zonedToEpoch(text: string, timeZone: string): number {
	const asUtc = Date.parse(`${text.replace(' ', 'T')}Z`);
	if (Number.isNaN(asUtc)) return NaN;
	let epoch = asUtc - offsetMinutes(asUtc, timeZone) * 60000;
	// once more at the result, for times close to a daylight saving switch
	epoch = asUtc - offsetMinutes(epoch, timeZone) * 60000;
	return epoch;
}

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
		} else if (/^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?)?$/.test(text)) {
			epochMs = zonedToEpoch(text.length === 10 ? `${text}T00:00:00` : text, timeZoneOf(ctx));
		} else if (text !== '') {
			epochMs = Date.parse(text);
		}
	}
	if (!Number.isFinite(epochMs)) {
		throw invalid(
			ctx,
			field,
			`must be a date and time, got ${JSON.stringify(value)}`,
			'Pick a date, or give ISO text like 2024-05-01T09:00:00Z, or Unix seconds.',
		);
	}
	return String(Math.floor(epochMs / 1000));
};
