import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
	INodePropertyRouting,
	IN8nRequestOperations,
	PostReceiveAction,
} from 'n8n-workflow';
import { explainTransportError, throwOnChatwootError, unwrap } from './output';
import { applyLimit, type Pagination } from './pagination';
import { ownName } from './parameterNames';
import type { ChatwootPreSend } from './request';

/**
 * Failures below HTTP (timeouts, resets, refused connections) never reach postReceive, and
 * declarative routing has no other place that sees them; the "pagination" function does, as
 * it makes the requests itself. So every operation pages: lists page by page, the others as
 * one page (`oneRequest`), each wrapped here.
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

/** An operation that is not a list: its one request, exactly as RoutingNode makes it unpaged. */
async function oneRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await this.makeRoutingRequest(requestData);
}

const ONE_REQUEST = explainingTransportErrors(oneRequest);

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
): INodePropertyRouting {
	const routing = chatwootRouting(list.method ?? 'GET', url, preSend, unwrap(...list.records));
	if (!list.pagination) {
		routing.output!.postReceive!.push(applyLimit);
		return routing;
	}
	routing.operations = {
		pagination:
			typeof list.pagination === 'function' ? explainingTransportErrors(list.pagination as Pagination) : list.pagination,
	};
	return routing;
}

/** Return All and Limit fields of a resource's list operations. */
export function returnAllAndLimit(resource: string, operations: string[]): INodeProperties[] {
	const show = { resource: [resource], operation: operations };
	const returnAll = ownName(resource, 'returnAll');
	return [
		{
			displayName: 'Return All',
			name: returnAll,
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: ownName(resource, 'limit'),
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, [returnAll]: [false] } },
		},
	];
}
