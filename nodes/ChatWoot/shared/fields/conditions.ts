import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { invalid, requiredText, stringList, type Check } from '../../../shared/fields/validators';

/**
 * Conditions as Chatwoot's filter builder stores them (automation rules and saved custom
 * filters): `{attribute_key, filter_operator, values, query_operator}`. The query operator
 * joins a condition to the next one, so the last condition goes without it, like the
 * dashboard sends it (Chatwoot refuses more than one condition without an operator).
 */
export const filterConditions: Check<IDataObject[]> = (value, field, ctx) => {
	const rows = ((value as IDataObject | undefined)?.condition ?? []) as IDataObject[];
	if (!Array.isArray(rows) || rows.length === 0) {
		throw invalid(ctx, field, 'add at least one condition');
	}
	return rows.map((row, index) => {
		const label = `${field} ${index + 1}`;
		const condition: IDataObject = {
			attribute_key: requiredText(row.attribute_key, `${label}: Attribute`, ctx).trim(),
			filter_operator: requiredText(row.filter_operator, `${label}: Operator`, ctx),
			values: stringList(row.values ?? '', `${label}: Values`, ctx),
		};
		if (index < rows.length - 1) {
			condition.query_operator = requiredText(row.query_operator, `${label}: Join With Next`, ctx);
		}
		return condition;
	});
};

export function conditionsField(description: string): INodeProperties {
	return {
		displayName: 'Conditions',
		name: 'conditions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Condition',
		default: {},
		description,
		options: [
			{
				displayName: 'Condition',
				name: 'condition',
				values: [
					{
						displayName: 'Attribute',
						name: 'attribute_key',
						type: 'string',
						default: '',
						placeholder: 'e.g. status',
						description:
							'Attribute to test: a built-in one (status, content, email, inbox_id, team_id, assignee_id, browser_language, country_code...) or the key of a custom attribute',
					},
					{
						displayName: 'Operator',
						name: 'filter_operator',
						type: 'options',
						default: 'equal_to',
						options: [
							{ name: 'Contains', value: 'contains' },
							{ name: 'Days Before', value: 'days_before' },
							{ name: 'Does Not Contain', value: 'does_not_contain' },
							{ name: 'Equal To', value: 'equal_to' },
							{ name: 'Greater Than', value: 'is_greater_than' },
							{ name: 'Is Not Present', value: 'is_not_present' },
							{ name: 'Is Present', value: 'is_present' },
							{ name: 'Less Than', value: 'is_less_than' },
							{ name: 'Not Equal To', value: 'not_equal_to' },
							{ name: 'Starts With', value: 'starts_with' },
						],
					},
					{
						displayName: 'Values',
						name: 'values',
						type: 'string',
						default: '',
						placeholder: 'e.g. open, pending',
						description: 'Comma-separated values to compare with; leave empty for Is Present and Is Not Present',
					},
					{
						displayName: 'Join With Next',
						name: 'query_operator',
						type: 'options',
						default: 'AND',
						description: 'How this condition combines with the next one; ignored on the last condition',
						options: [
							{ name: 'And', value: 'AND' },
							{ name: 'Or', value: 'OR' },
						],
					},
				],
			},
		],
	};
}
