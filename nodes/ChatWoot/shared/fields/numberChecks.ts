import { integer, invalid, type Check } from '../../../shared/fields/validators';

/** A whole number within Chatwoot's accepted range (enum codes, minute limits). */
export function integerBetween(min: number, max: number): Check<number> {
	return (value, field, ctx) => {
		const result = integer(value, field, ctx);
		if (result < min || result > max) {
			throw invalid(ctx, field, `must be between ${min} and ${max}, got ${result}`);
		}
		return result;
	};
}
