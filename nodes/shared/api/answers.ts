import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHookFunctions,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
	type JsonObject,
} from 'n8n-workflow';
import { chatwootBaseUrl } from './baseUrl';
import { BOT_OPERATIONS_TEXT } from './botAccess';
import type { RequestInfo } from './itemRequest';

// Chatwoot's answers that are not a success, in the user's words: its own message, and a
// hint for the status (operations, side requests, lists and the trigger alike).

/** Where the node sends requests: an operation's item, a searchable list, the trigger's hooks. */
export type RequestContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IHookFunctions;

/** The item an error belongs to, where there are items. */
export function itemIndexOf(ctx: RequestContext): number | undefined {
	return 'getItemIndex' in ctx ? ctx.getItemIndex() : undefined;
}

/** Chatwoot's own words from its error bodies: `error`, `message`, `errors` (strings or objects). */
export function chatwootMessage(body: unknown): string | undefined {
	if (typeof body === 'string') {
		const trimmed = body.trim();
		if (trimmed === '' || /^</.test(trimmed)) return undefined;
		try {
			return chatwootMessage(JSON.parse(trimmed));
		} catch {
			return trimmed.slice(0, 200);
		}
	}
	if (!body || typeof body !== 'object') return undefined;
	const data = body as IDataObject;
	const parts: string[] = [];
	for (const key of ['message', 'error', 'errors', 'description'] as const) {
		const value = data[key];
		if (typeof value === 'string' && value.trim()) parts.push(value.trim());
		if (Array.isArray(value)) {
			for (const entry of value) {
				if (typeof entry === 'string') parts.push(entry);
				else if (entry && typeof entry === 'object') {
					const { field, message } = entry as IDataObject;
					if (message) parts.push(field ? `${String(field)} ${String(message)}` : String(message));
				}
			}
		}
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			const nested = chatwootMessage(value);
			if (nested) parts.push(nested);
		}
	}
	return parts.length ? [...new Set(parts)].join('; ') : undefined;
}

function tokenKindFor(url: string): string {
	if (url.startsWith('/platform/')) return 'a Platform App token';
	if (url.startsWith('/public/')) return 'no token (the inbox identifier is the key)';
	return `a User token (Agent Bot tokens reach only: ${BOT_OPERATIONS_TEXT})`;
}

/** Retry-After as seconds (it may also be an HTTP date). */
function retryAfterSeconds(headers: IN8nHttpFullResponse['headers'] | undefined): number | undefined {
	const raw = headers?.['retry-after'];
	const value = Array.isArray(raw) ? raw[0] : raw;
	if (value === undefined || value === null || String(value).trim() === '') return undefined;
	const text = String(value).trim();
	if (/^\d+$/.test(text)) return Number(text);
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Rails' answer for a route that is not drawn, as opposed to Chatwoot's "Resource could not be found". */
function isMissingRoute(body: unknown): boolean {
	const error = (body as IDataObject | undefined)?.error;
	return typeof body !== 'object' || body === null || error === 'Not Found';
}

function hintFor(status: number, info: RequestInfo | undefined, body: unknown, retryAfter?: number): string {
	const url = info?.url ?? '';
	switch (status) {
		case 401:
			return `Chatwoot did not accept the access token. ${url ? `${info?.method} ${url} needs ${tokenKindFor(url)}. ` : ''}Check the credential's Access Token and Token Kind.`;
		case 403:
			return `The token is valid but not allowed to do this. ${url ? `It needs ${tokenKindFor(url)}; ` : ''}read-only tokens, agent (non-admin) users and accounts with API access switched off get this answer.`;
		case 404: {
			if (info?.enterprise && isMissingRoute(body)) {
				return `${info.method} ${url} is an Enterprise feature of Chatwoot: a server without the Enterprise code (the Community edition, or DISABLE_ENTERPRISE set) has no such route and answers 404.`;
			}
			const ids = (info?.ids ?? []).map(({ label, value }) => `${label} ${value}`).join(', ');
			return ids
				? `Nothing found for ${ids}. Check the ID, and that it belongs to this account.`
				: 'Chatwoot could not find the resource. Check the IDs and the account.';
		}
		case 422: {
			const attributes = (body as IDataObject | undefined)?.attributes;
			return Array.isArray(attributes) && attributes.length
				? `Chatwoot rejected these fields: ${attributes.join(', ')}.`
				: 'Chatwoot rejected the values sent. Check the fields named in the message.';
		}
		case 429:
			return `Chatwoot is throttling requests (rack-attack)${retryAfter !== undefined ? ` and asks to wait ${retryAfter} second${retryAfter === 1 ? '' : 's'} (Retry-After)` : ''}. Space them out with the node's Request Options > Batching, or turn on Retry On Fail with a wait between tries.`;
		case 502:
		case 503:
		case 504:
			return 'A proxy or load balancer in front of Chatwoot answered instead of Chatwoot: Chatwoot is down, restarting or too slow. Retry later, or turn on Retry On Fail.';
		default:
			return status >= 500
				? 'Chatwoot failed on its side. Retry later, or turn on Retry On Fail; the server log has the details.'
				: '';
	}
}

function statusText(response: IN8nHttpFullResponse): string {
	return `${response.statusCode}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
}

/** The origin and path a redirect points to (never its query: it may carry a session). */
function redirectTarget(response: IN8nHttpFullResponse, from: string): URL | undefined {
	const raw = response.headers?.location;
	const location = Array.isArray(raw) ? raw[0] : raw;
	if (location === undefined || location === null || String(location).trim() === '') return undefined;
	try {
		return new URL(String(location), from);
	} catch {
		return undefined;
	}
}

/**
 * A redirect is not followed (requestDefaults and every side request set
 * disableFollowRedirect): n8n would send the access token along to wherever it points.
 */
async function redirectError(
	ctx: RequestContext,
	response: IN8nHttpFullResponse,
	info: RequestInfo | undefined,
): Promise<NodeApiError> {
	const request = info ? `${info.method} ${info.url}` : 'The request';
	const target = redirectTarget(response, `${await chatwootBaseUrl(ctx)}${info?.url ?? ''}`);
	const message = target
		? `Chatwoot answered ${statusText(response)}: a redirect to ${target.origin}`
		: `Chatwoot answered ${statusText(response)}, a redirect without a usable Location`;
	const where = target ? ` to ${target.origin}${target.pathname}` : '';
	const error = new NodeApiError(ctx.getNode(), {} as JsonObject, {
		message,
		description: `${request} was redirected${where}. The node does not follow redirects, so that the access token goes nowhere but to the Chatwoot URL of the credential. Put the address Chatwoot answers at into the credential (an old domain, http instead of https, or a sign-in proxy in front of Chatwoot answer with redirects).`,
		httpCode: String(response.statusCode),
		itemIndex: itemIndexOf(ctx),
	});
	error.message = message;
	return error;
}

/**
 * The error for an answer that is not a success, with Chatwoot's own words and a hint for
 * the status; undefined for a success. The same for operations and side requests.
 */
export async function chatwootAnswerError(
	ctx: RequestContext,
	response: IN8nHttpFullResponse,
	info: RequestInfo | undefined,
): Promise<NodeApiError | undefined> {
	const status = response.statusCode;
	if (status >= 300 && status < 400) return await redirectError(ctx, response, info);
	if (status < 400) return undefined;
	const text = chatwootMessage(response.body);
	const body = typeof response.body === 'object' && response.body ? response.body : {};
	return new NodeApiError(ctx.getNode(), body as JsonObject, {
		message: text ? `Chatwoot: ${text}` : `Chatwoot answered ${statusText(response)}`,
		description: hintFor(status, info, response.body, retryAfterSeconds(response.headers)),
		httpCode: String(status),
		itemIndex: itemIndexOf(ctx),
	});
}
