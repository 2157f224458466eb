import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { boolean, invalid, show } from '../../../shared/fields/validators';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LABEL = 'Working Hours';

/** Inbox > Update: the days Chatwoot's working_hours[] takes (Inbox::OFFISABLE_ATTRS). */
export const workingHoursOption: INodeProperties = {
	displayName: LABEL,
	name: 'working_hours',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Day',
	description: 'Opening hours per weekday, in the inbox timezone; days not added keep their hours. Needs Working Hours Enabled to take effect.',
	options: [
		{
			displayName: 'Day',
			name: 'day',
			values: [
				{ displayName: 'Closed All Day', name: 'closed_all_day', type: 'boolean', default: false, description: 'Whether the inbox is closed on this day' },
				{ displayName: 'Closes At', name: 'close_time', type: 'string', default: '17:00', placeholder: 'e.g. 17:30', description: 'HH:MM, 24-hour clock' },
				{ displayName: 'Open All Day', name: 'open_all_day', type: 'boolean', default: false, description: 'Whether the inbox is open around the clock on this day' },
				{ displayName: 'Opens At', name: 'open_time', type: 'string', default: '09:00', placeholder: 'e.g. 09:00', description: 'HH:MM, 24-hour clock' },
				{
					displayName: 'Weekday',
					name: 'day_of_week',
					type: 'options',
					options: DAYS.map((name, value) => ({ name, value })),
					default: 1,
				},
			],
		},
	],
};

function time(ctx: IExecuteSingleFunctions, value: unknown, field: string): [number, number] {
	const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(String(value ?? '').trim());
	if (!match) throw invalid(ctx, field, `must be a time as HH:MM (00:00 to 23:59), got ${show(value)}`);
	return [Number(match[1]), Number(match[2])];
}

/** The working_hours[] rows of the days added; times only for days that are neither closed nor open all day. */
export function workingHours(ctx: IExecuteSingleFunctions, value: IDataObject): IDataObject[] {
	const days = (value.day as IDataObject[] | undefined) ?? [];
	if (days.length === 0) throw invalid(ctx, LABEL, 'add at least one day');
	return days.map((day) => {
		const dayOfWeek = Number(day.day_of_week);
		if (!Number.isInteger(dayOfWeek) || dayOfWeek < 0 || dayOfWeek > 6) {
			throw invalid(ctx, `${LABEL} > Weekday`, `must be a weekday (0 = Sunday to 6 = Saturday), got ${show(day.day_of_week)}`);
		}
		const name = `${LABEL} (${DAYS[dayOfWeek]})`;
		const closedAllDay = boolean(day.closed_all_day ?? false, `${name} > Closed All Day`, ctx);
		const openAllDay = boolean(day.open_all_day ?? false, `${name} > Open All Day`, ctx);
		if (closedAllDay && openAllDay) throw invalid(ctx, name, 'cannot be closed all day and open all day');
		const row: IDataObject = { day_of_week: dayOfWeek, closed_all_day: closedAllDay, open_all_day: openAllDay };
		if (closedAllDay || openAllDay) return row;
		const [openHour, openMinutes] = time(ctx, day.open_time, `${name} > Opens At`);
		const [closeHour, closeMinutes] = time(ctx, day.close_time, `${name} > Closes At`);
		if (closeHour * 60 + closeMinutes <= openHour * 60 + openMinutes) throw invalid(ctx, name, 'must close after it opens');
		return { ...row, open_hour: openHour, open_minutes: openMinutes, close_hour: closeHour, close_minutes: closeMinutes };
	});
}
