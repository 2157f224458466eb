import { integerList, invalid, type Check } from '../../../shared/fields/validators';

/** Record IDs for an action on several records (bulk actions, macro runs): at least one. */
export function idList(noun: string): Check<number[]> {
	return (value, field, ctx) => {
		const ids = integerList(value, field, ctx);
		if (ids.length === 0) throw invalid(ctx, field, `name at least one ${noun} ID`);
		return ids;
	};
}
