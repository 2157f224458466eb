import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

// Chatwoot lists one filter type at a time: all three, one after the other. Saved
// conversation and contact filters open in the dashboard as custom views.
const FILTER_TYPES = [
	{ type: 'conversation', view: '/custom_view/' },
	{ type: 'contact', view: '/contacts/custom_view/' },
	{ type: 'report', view: undefined },
];

/** The token user's saved filters. */
export async function getCustomFilters(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const lists = [];
	for (const { type, view } of FILTER_TYPES) {
		lists.push(
			await searchAccountRecords.call(
				this,
				{
					path: '/custom_filters',
					qs: { filter_type: type },
					records: [''],
					name: (saved) => `${String(saved.name)} (${type})`,
					url: view ? (saved) => `${view}${String(saved.id)}` : undefined,
				},
				filter,
			),
		);
	}
	return { results: lists.flatMap((list) => list.results) };
}
