import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { searchOperation } from './fields';

const KINDS = { conversations: 'conversation', contacts: 'contact', messages: 'message', articles: 'article' } as const;

/**
 * `{ payload: { conversations, contacts, messages, articles } }` -> one item per record, in
 * that order, each with `result_type` saying which kind it is (ids repeat across kinds).
 */
async function recordsOfEveryKind(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const payload = (items[0]?.json.payload ?? {}) as Record<string, unknown>;
	return Object.entries(KINDS).flatMap(([key, type]) =>
		(Array.isArray(payload[key]) ? (payload[key] as Array<Record<string, unknown>>) : []).map((record) => ({
			json: { result_type: type, ...record },
		})),
	);
}

// one page per kind: Limit cuts the records of all kinds together
export const searchAll = searchOperation('/api/v1/accounts/{account_id}/search', { records: [''] }, {
	value: 'searchAll',
	name: 'Search Everything',
	action: 'Search conversations, contacts, messages and articles',
	description:
		'The best matches of every kind (up to 15 each, as the dashboard shows them); the other Search operations page through one kind',
	output: [recordsOfEveryKind],
});
