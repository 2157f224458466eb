import type { IHttpRequestOptions } from 'n8n-workflow';
import { itemSlot } from '../itemState';

/** What the error handler needs to explain a failure (kept per item, never the token). */
export interface RequestInfo {
	method: string;
	url: string;
	ids: Array<{ label: string; value: string | number }>;
	/** The route exists only on servers with Chatwoot's Enterprise code (a 404 may mean it is absent). */
	enterprise?: boolean;
}

/**
 * How the item's request travels: the node's Request Options (proxy, timeout, Ignore SSL
 * Issues) as RoutingNode applied them, and the credential's allowed domains. Side requests
 * (reads before a write, file downloads) go the same way.
 */
export interface RequestTransport {
	settings: Pick<IHttpRequestOptions, 'proxy' | 'timeout' | 'skipSslCertificateValidation'>;
	allowedDomains?: string;
}

export function transportOf(options: IHttpRequestOptions): RequestTransport {
	const settings: RequestTransport['settings'] = {};
	if (options.proxy) settings.proxy = options.proxy;
	if (options.timeout) settings.timeout = options.timeout;
	if (options.skipSslCertificateValidation) settings.skipSslCertificateValidation = true;
	return options.allowedDomains ? { settings, allowedDomains: options.allowedDomains } : { settings };
}

/** The item's request as sent (method, path, the IDs in it). */
export const itemRequestInfo = itemSlot<RequestInfo>('request');
/** How the item's request travels (none outside an operation, e.g. in searchable lists). */
export const itemRequestTransport = itemSlot<RequestTransport>('transport');

/** The request of this item. */
export function getRequestInfo(ctx: object): RequestInfo | undefined {
	return itemRequestInfo.get(ctx);
}

/** How this item's request travels (undefined outside an operation, e.g. in searchable lists). */
export function getRequestTransport(ctx: object): RequestTransport | undefined {
	return itemRequestTransport.get(ctx);
}
