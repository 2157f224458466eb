import {
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { getOwnParameter } from '../declare/parameterNames';
import { invalid, positiveInteger } from '../../../shared/fields/validators';

export type Pagination = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/**
 * The most records the node returns for one input item. n8n-core's RoutingNode hands an
 * item's records on with one spread call (`push(...records)`), which overflows the call stack
 * at about 125,000 records; this limit stays well below that.
 */
export const MAX_RECORDS = 50_000;

const MAX_TEXT = MAX_RECORDS.toLocaleString('en-US');

/** How many records the user wants: Return All, else Limit (checked: a number, at most MAX_RECORDS). */
function wanted(ctx: IExecutePaginationFunctions | IExecuteSingleFunctions): number {
	if (getOwnParameter(ctx, 'returnAll', false) === true) return Infinity;
	const limit = positiveInteger(getOwnParameter(ctx, 'limit', 50), 'Limit', ctx);
	if (limit > MAX_RECORDS) {
		throw invalid(ctx, 'Limit', `must be at most ${MAX_TEXT}, got ${limit}`, tooManyHint);
	}
	return limit;
}

const tooManyHint = `n8n's engine cannot pass on much larger lists from one item. Set a Limit (up to ${MAX_TEXT}), or narrow the list with filters (e.g. Contact > Search or Filter, a status or date range) and fetch it in parts.`;

/** preSend of list operations: Return All / Limit checked before any request. */
export async function checkLimit(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	wanted(this);
	return options;
}

function tooMany(ctx: IExecuteSingleFunctions): NodeOperationError {
	return invalid(ctx, 'Return All', `more than ${MAX_TEXT} records, the most the node returns for one item`, tooManyHint);
}

/** postReceive of lists Chatwoot answers in one piece: keeps the first Limit items unless Return All. */
export async function applyLimit(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (items.length > MAX_RECORDS && getOwnParameter(this, 'returnAll', false) === true) throw tooMany(this);
	return items.slice(0, wanted(this));
}

function withQuery(
	requestData: DeclarativeRestApiSettings.ResultOptions,
	qs: IDataObject,
): DeclarativeRestApiSettings.ResultOptions {
	return {
		...requestData,
		options: { ...requestData.options, qs: { ...(requestData.options.qs ?? {}), ...qs } },
	};
}

/**
 * The records of a list so far. Pages may overlap (a record created while the pages are read
 * shifts the next page), so records already seen are dropped; a page with records of which
 * none is new means the server ignores the paging parameter, and would repeat forever.
 */
class Records {
	private readonly seen = new Set<string>();
	count = 0;

	constructor(
		private readonly ctx: IExecutePaginationFunctions,
		private readonly requestData: DeclarativeRestApiSettings.ResultOptions,
		private readonly parameter: string,
	) {}

	/** The records of `page` not seen before. */
	fresh(page: INodeExecutionData[], which: string): INodeExecutionData[] {
		const fresh = page.filter((item) => {
			const id = item.json.id;
			const key = typeof id === 'number' || typeof id === 'string' ? `id:${id}` : JSON.stringify(item.json);
			if (this.seen.has(key)) return false;
			this.seen.add(key);
			return true;
		});
		if (page.length > 0 && fresh.length === 0) throw this.repeated(which);
		this.count += fresh.length;
		if (this.count > MAX_RECORDS) throw tooMany(this.ctx);
		return fresh;
	}

	private repeated(which: string): NodeOperationError {
		const { method, url } = this.requestData.options;
		return new NodeOperationError(this.ctx.getNode(), `Chatwoot answered ${which} with records it had already sent, so the list would never end`, {
			itemIndex: this.ctx.getItemIndex(),
			description: `The server, or a cache or proxy in front of it, ignores the ${this.parameter} parameter. The node stopped instead of repeating records. Check the caching of ${method ?? 'GET'} ${url}, or turn off Return All and set a Limit of at most one page.`,
		});
	}
}

/**
 * Page-numbered lists (`?page=1,2,...`): contacts (15 a page), conversations and reporting
 * events (25), searches. Chatwoot gives no reliable total everywhere, so a page shorter than
 * `pageSize` is the last one. Stops as soon as Limit is reached and cuts the last page exactly.
 */
export function byPage(pageSize: number): Pagination {
	return async function (requestData) {
		const limit = wanted(this);
		const records = new Records(this, requestData, 'page');
		const results: INodeExecutionData[] = [];
		for (let page = 1; records.count < limit; page++) {
			const items = await this.makeRoutingRequest(withQuery(requestData, { page }));
			for (const item of records.fresh(items, `page ${page}`)) results.push(item);
			if (items.length < pageSize) break;
		}
		return results.slice(0, limit);
	};
}

/**
 * Messages of a conversation: the first call returns the newest messages (up to 20), then
 * `before=<oldest id seen>` walks back in time. Output is in chronological order: with a
 * Limit, the most recent messages. With `pageSize`, a shorter page is the last one (no
 * extra request for an empty page).
 */
export function byMessageCursor(pageSize?: number): Pagination {
	return async function (requestData) {
		const limit = wanted(this);
		const records = new Records(this, requestData, 'before');
		const pages: INodeExecutionData[][] = [];
		let before: number | undefined;
		while (records.count < limit) {
			const items = await this.makeRoutingRequest(
				before === undefined ? requestData : withQuery(requestData, { before }),
			);
			const ids = items.map((item) => Number(item.json.id)).filter(Number.isFinite);
			if (items.length === 0 || ids.length === 0) break;
			pages.push(records.fresh(items, `before=${before}`));
			if (pageSize !== undefined && items.length < pageSize) break;
			before = Math.min(...ids);
		}
		// newest page first: chronological order is the pages in reverse
		const results = pages.reverse().flat();
		return results.slice(Math.max(0, results.length - limit));
	};
}
