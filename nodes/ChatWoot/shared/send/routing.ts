import type {
	IExecutePaginationFunctions,
	IHttpRequestMethods,
	INodePropertyRouting,
	IN8nRequestOperations,
	PostReceiveAction,
} from 'n8n-workflow';
import { explainTransportError } from '../../../shared/api/failures';
import { throwOnChatwootError, unwrap } from '../response/output';
import { applyLimit, checkLimit, type Pagination } from './pagination';
import { sendInTurn } from './recordWrites';
import type { ChatwootPreSend } from '../request/buildRequest';

/**
 * Failures below HTTP (timeouts, resets, refused connections) never reach postReceive, and
 * declarative routing has no other place that sees them; the "pagination" function does, as
 * it makes the requests itself. So every operation pages: lists page by page, the others as
 * one page (`sendInTurn`), each wrapped here.
 */
export function explainingTransportErrors(pagination: Pagination): Pagination {
	return async function (this: IExecutePaginationFunctions, requestData) {
		try {
			return await pagination.call(this, requestData);
		} catch (error) {
			throw explainTransportError(this, error, requestData.options);
		}
	};
}

/**
 * An operation that is not a list: its one request (in the record's turn for read-and-write
 * operations). Operations with their own routing use it too.
 */
export const ONE_REQUEST = explainingTransportErrors(sendInTurn);

/**
 * The routing of one operation: static method and URL template (placeholders are filled by
 * the operation's preSend), Chatwoot's errors surfaced first, then the output shaping.
 */
export function chatwootRouting(
	method: IHttpRequestMethods,
	url: string,
	preSend: ChatwootPreSend,
	...postReceive: PostReceiveAction[]
): INodePropertyRouting {
	return {
		request: { method, url },
		send: { preSend: [preSend], paginate: true },
		operations: { pagination: ONE_REQUEST },
		output: { postReceive: [throwOnChatwootError, ...postReceive] },
	};
}

export interface ListRouting {
	/** Where the records are in Chatwoot's answer, tried in order ('' = the answer itself). */
	records: string[];
	/** Paging strategy (shared/pagination.ts); without one, the answer is cut to Limit. */
	pagination?: IN8nRequestOperations['pagination'];
	method?: IHttpRequestMethods;
}

/** A list operation: one item per record, Return All / Limit honoured exactly. */
export function chatwootListRouting(
	url: string,
	preSend: ChatwootPreSend,
	list: ListRouting,
	...postReceive: PostReceiveAction[]
): INodePropertyRouting {
	const { pagination } = list;
	return {
		request: { method: list.method ?? 'GET', url },
		send: { preSend: [preSend, checkLimit], paginate: true },
		operations: {
			pagination:
				typeof pagination === 'function' ? explainingTransportErrors(pagination as Pagination) : (pagination ?? ONE_REQUEST),
		},
		output: {
			postReceive: [throwOnChatwootError, unwrap(...list.records), ...postReceive, ...(pagination ? [] : [applyLimit])],
		},
	};
}

