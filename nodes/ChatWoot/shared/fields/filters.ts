import type {
	IDataObject,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';
import { conditionsField, filterConditions as conditions } from './conditions';
import { invalid, type Check } from '../../../shared/fields/validators';

// The contact and conversation filter endpoints document these four operators only.
const FILTER_OPERATORS = ['contains', 'does_not_contain', 'equal_to', 'not_equal_to'];

/**
 * The Conditions of POST .../contacts/filter and .../conversations/filter: the rows of
 * Chatwoot's filter builder, limited to the operators those endpoints accept.
 */
export function filterConditionsField(
	show: Record<string, string[]>,
	attributes: string,
): INodeProperties {
	const field = conditionsField('Records matching these conditions are returned');
	const [condition] = field.options as INodePropertyCollection[];
	const values = condition.values.map((value) => {
		if (value.name === 'attribute_key') {
			return {
				...value,
				description: `Attribute to test: a built-in one (${attributes}) or the key of a custom attribute`,
			};
		}
		if (value.name === 'filter_operator') {
			const options = (value.options as INodePropertyOptions[]).filter((option) =>
				FILTER_OPERATORS.includes(String(option.value)),
			);
			return { ...value, options };
		}
		if (value.name === 'values') {
			return { ...value, description: 'Comma-separated values to compare with (any of them matches)' };
		}
		return value;
	});
	return {
		...field,
		required: true,
		displayOptions: { show },
		options: [{ ...condition, values }],
	};
}

/** The rows as Chatwoot's `payload`; each of these operators compares with at least one value. */
export const filterConditions: Check<IDataObject[]> = (value, field, ctx) => {
	const rows = conditions(value, field, ctx);
	rows.forEach((row, index) => {
		if ((row.values as string[]).length === 0) {
			throw invalid(ctx, `${field} ${index + 1}: Values`, 'is required and cannot be empty');
		}
	});
	return rows;
};
