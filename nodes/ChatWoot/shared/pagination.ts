import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { getOwnParameter } from './parameterNames';

export type Pagination = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** Upper bound on pages, so that a server that never sends a short page cannot loop forever. */
const MAX_PAGES = 10_000;

/** How many records the user wants: Return All, else Limit. */
function wanted(ctx: IExecutePaginationFunctions | IExecuteSingleFunctions): number {
	if (getOwnParameter(ctx, 'returnAll', false) === true) return Infinity;
	return Math.max(0, getOwnParameter(ctx, 'limit', 50) as number);
}

/** postReceive of lists Chatwoot answers in one piece: keeps the first Limit items unless Return All. */
export async function applyLimit(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
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
 * Page-numbered lists (`?page=1,2,...`): contacts (15 a page), conversations and reporting
 * events (25), searches. Chatwoot gives no reliable total everywhere, so a page shorter than
 * `pageSize` is the last one. Stops as soon as Limit is reached and cuts the last page exactly.
 */
export function byPage(pageSize: number): Pagination {
	return async function (requestData) {
		const limit = wanted(this);
		const results: INodeExecutionData[] = [];
		for (let page = 1; page <= MAX_PAGES && results.length < limit; page++) {
			const items = await this.makeRoutingRequest(withQuery(requestData, { page }));
			results.push(...items);
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
		let results: INodeExecutionData[] = [];
		let before: number | undefined;
		for (let page = 1; page <= MAX_PAGES && results.length < limit; page++) {
			const items = await this.makeRoutingRequest(
				before === undefined ? requestData : withQuery(requestData, { before }),
			);
			const ids = items.map((item) => Number(item.json.id)).filter(Number.isFinite);
			if (items.length === 0 || ids.length === 0) break;
			results = [...items, ...results];
			const oldest = Math.min(...ids);
			if (before !== undefined && oldest >= before) break;
			if (pageSize !== undefined && items.length < pageSize) break;
			before = oldest;
		}
		return results.slice(Math.max(0, results.length - limit));
	};
}
