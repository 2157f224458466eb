import type {
	IHttpRequestMethods,
	INodeProperties,
	INodePropertyRouting,
	IN8nRequestOperations,
	PostReceiveAction,
} from 'n8n-workflow';
import { applyLimit } from './limit';
import { throwOnChatwootError, unwrap } from './output';
import type { ChatwootPreSend } from './request';

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
		send: { preSend: [preSend] },
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
	routing.send!.paginate = true;
	routing.operations = { pagination: list.pagination };
	return routing;
}

/** Return All and Limit fields of a list operation. */
export function returnAllAndLimit(resource: string, operation: string): INodeProperties[] {
	const show = { resource: [resource], operation: [operation] };
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}
