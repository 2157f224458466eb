import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

const EXCERPT = 40;

function excerpt(content: unknown): string {
	const text = String(content ?? '').replace(/\s+/g, ' ').trim();
	return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 3).trimEnd()}...` : text;
}

/** Shown as "short_code: beginning of the content", searchable by both. */
export async function getCannedResponses(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/canned_responses',
			records: [''],
			name: (response) => `${String(response.short_code)}: ${excerpt(response.content)}`,
		},
		filter,
	);
}
