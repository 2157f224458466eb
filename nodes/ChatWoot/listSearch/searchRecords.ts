import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { chatwootBaseUrl } from '../../shared/api/baseUrl';
import { readAccount } from '../../shared/fields/reads';
import { chatwootApiRequest } from '../../shared/api/transport';

export interface ListSearchOptions {
	/** Path under /api/v1/accounts/{account_id}, e.g. '/inboxes'. */
	path: string;
	qs?: IDataObject;
	/** Where the records are in the answer, tried in order ('' = the answer itself). */
	records: string[];
	name: (record: IDataObject) => string;
	/** Dashboard address of a record, relative to /app/accounts/{account_id}. */
	url?: (record: IDataObject) => string;
	value?: (record: IDataObject) => string | number;
	/** For page-numbered endpoints: records per page; the list then pages on demand. */
	pageSize?: number;
}

/** The first of `paths` (dot paths; '' = the answer itself) that holds a list in Chatwoot's answer. */
export function recordsOf(answer: unknown, paths: string[]): IDataObject[] {
	for (const path of paths) {
		const found =
			path === ''
				? answer
				: path.split('.').reduce<unknown>((current, key) => (current as IDataObject)?.[key], answer);
		if (Array.isArray(found)) return found as IDataObject[];
	}
	return [];
}

/** The entries whose name contains the typed text, or whose ID is the typed text. */
export function matching(items: INodeListSearchItems[], filter?: string): INodeListSearchItems[] {
	const needle = (filter ?? '').trim().toLowerCase();
	if (needle === '') return items;
	return items.filter(
		(item) => item.name.toLowerCase().includes(needle) || String(item.value).toLowerCase() === needle,
	);
}

/**
 * One searchable list of an account's records: fetches a page, keeps the records whose
 * name or ID contains the typed text, and offers the next page when there may be one.
 */
export async function searchAccountRecords(
	this: ILoadOptionsFunctions,
	options: ListSearchOptions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const accountId = await readAccount(this);
	const page = paginationToken ? Number(paginationToken) : 1;
	const qs = { ...(options.qs ?? {}), ...(options.pageSize ? { page } : {}) };
	const answer = await chatwootApiRequest.call(
		this,
		'GET',
		`/api/v1/accounts/${accountId}${options.path}`,
		qs,
	);
	const records = recordsOf(answer, options.records);
	const dashboard = `${await chatwootBaseUrl(this)}/app/accounts/${accountId}`;
	const results = matching(
		records.map((record) => ({
			name: options.name(record),
			value: options.value ? options.value(record) : (record.id as number),
			url: options.url ? `${dashboard}${options.url(record)}` : undefined,
		})),
		filter,
	);
	const more = options.pageSize !== undefined && records.length >= options.pageSize;
	return { results, paginationToken: more ? String(page + 1) : undefined };
}
