import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHookFunctions,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { chatwootBaseUrl } from './baseUrl';
import { BOT_OPERATIONS_TEXT } from './botAccess';
import { getRequestInfo, type RequestInfo } from './request';

/** Where the node sends requests: an operation's item, a searchable list, the trigger's hooks. */
export type RequestContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IHookFunctions;

/** The item an error belongs to, where there are items. */
function itemIndexOf(ctx: RequestContext): number | undefined {
	return 'getItemIndex' in ctx ? ctx.getItemIndex() : undefined;
}

type PostReceive = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

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

/**
 * Every operation's first postReceive: requests go out with ignoreHttpStatusErrors so that
 * the error the user sees carries Chatwoot's own text instead of n8n's generic one.
 */
export const throwOnChatwootError: PostReceive = async function (items, response) {
	const status = response.statusCode;
	const info = getRequestInfo(this);
	const error = await chatwootAnswerError(this, response, info);
	if (error) throw error;
	if (typeof response.body === 'string' && response.body.trim() !== '') {
		const trimmed = response.body.trim();
		try {
			const parsed = JSON.parse(trimmed) as IDataObject;
			return [{ json: parsed }];
		} catch {
			throw new NodeApiError(this.getNode(), {} as JsonObject, {
				message: 'Chatwoot answered with something that is not JSON',
				description: `The answer to ${info?.method ?? ''} ${info?.url ?? ''} starts with: ${trimmed.slice(0, 120)}. Check the Chatwoot URL in the credential (a proxy or login page answers like this).`,
				httpCode: String(status),
				itemIndex: this.getItemIndex(),
			});
		}
	}
	if (response.body === undefined || response.body === null || response.body === '') {
		// DELETE and some actions answer 200 with an empty body.
		return [{ json: { success: true } }];
	}
	return items;
};

function dig(value: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((current, key) => {
		return current && typeof current === 'object' ? (current as IDataObject)[key] : undefined;
	}, value);
}

/**
 * One n8n item per record. `paths` are tried in order (Chatwoot versions differ, e.g.
 * webhooks come as a bare array in the spec and as `payload.webhooks` from the server).
 */
export function unwrap(...paths: string[]): PostReceive {
	return async function (items) {
		return items.flatMap((item) => {
			let records: unknown = item.json;
			for (const path of paths) {
				const found = path === '' ? item.json : dig(item.json, path);
				if (found !== undefined) {
					records = found;
					break;
				}
			}
			const list = Array.isArray(records) ? records : [records];
			return list.map((json) => ({
				json: (json && typeof json === 'object' ? json : { value: json }) as IDataObject,
			}));
		});
	};
}

const TIMEOUT_CODES = ['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT'];

/** Whether a request failed for want of an answer within the node's timeout. */
export function isTimeout(error: unknown): boolean {
	return TIMEOUT_CODES.includes(transportCode(error) ?? '');
}

/** "within 30 s", "within 300 ms", or "in time" when the timeout is unknown. */
export function withinTimeout(timeout: unknown): string {
	const ms = Number(timeout);
	if (!Number.isFinite(ms) || ms <= 0) return 'in time';
	return `within ${ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`}`;
}
const RESET_CODES = ['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE'];
const DNS_CODES = ['ENOTFOUND', 'EAI_AGAIN'];

/** The error code of a failure below HTTP (no answer, or part of one), else undefined. */
function transportCode(error: unknown): string | undefined {
	if (!error || typeof error !== 'object') return undefined;
	const { httpCode, cause } = error as { httpCode?: unknown; cause?: { code?: unknown; response?: unknown } };
	const code = typeof cause?.code === 'string' && !cause.response ? cause.code : httpCode;
	return typeof code === 'string' && /^[A-Z_]+$/.test(code) && code !== 'ERR_CANCELED' ? code : undefined;
}

function originOf(baseURL: unknown): string {
	try {
		return new URL(String(baseURL)).origin;
	} catch {
		return 'the Chatwoot URL of the credential';
	}
}

/**
 * A request that got no (complete) answer, in plain words: n8n-core reports these with
 * generic texts ("The connection was aborted" for a timeout) and keeps the HTTP client's
 * error, request headers and token included, as the cause. The error thrown instead names
 * what happened and where, and carries nothing of the request but its method and path.
 * Anything else (Chatwoot's answers, validation errors, a cancelled execution) is returned
 * unchanged.
 */
const explainedErrors = new WeakSet<object>();

export function explainTransportError(
	ctx: RequestContext,
	error: unknown,
	request: { baseURL?: unknown; timeout?: unknown },
	info: RequestInfo | undefined = getRequestInfo(ctx),
): unknown {
	// Already explained where it happened (a side request inside the item's request step)
	if (explainedErrors.has(error as object)) return error;
	const code = transportCode(error);
	if (!code) return error;
	const where = `${info ? `${info.method} ${info.url} on ` : ''}${originOf(request.baseURL)}`;
	let message: string;
	let description: string;
	if (TIMEOUT_CODES.includes(code)) {
		message = `Chatwoot did not answer ${withinTimeout(request.timeout)}`;
		description = `${where} got no answer before the node's timeout (Settings > Request Options > Timeout). Chatwoot may be overloaded or unreachable; the change may or may not have been made. Raise the timeout, or turn on Retry On Fail.`;
	} else if (RESET_CODES.includes(code)) {
		message = 'The connection to Chatwoot broke off before the answer was complete';
		description = `${where}: the connection was reset (${code}), as when Chatwoot or a proxy in front of it restarts or fails. The change may or may not have been made. Retry later, or turn on Retry On Fail.`;
	} else if (code === 'ECONNREFUSED') {
		message = 'Could not connect to Chatwoot: the connection was refused';
		description = `Nothing accepts connections at ${originOf(request.baseURL)}. Check the URL and port in the credential, and that Chatwoot is running.`;
	} else if (DNS_CODES.includes(code)) {
		message = 'Could not find the Chatwoot server';
		description = `The host name of ${originOf(request.baseURL)} does not resolve (${code}). Check the URL in the credential.`;
	} else if (/CERT|SSL|TLS|SIGNATURE/.test(code)) {
		message = "Chatwoot's TLS certificate was not accepted";
		description = `${where}: ${code}. Fix the server's certificate, or turn on Settings > Request Options > Ignore SSL Issues if you trust this server.`;
	} else {
		message = `Could not reach Chatwoot (${code})`;
		description = `${where} failed before Chatwoot answered. Check the URL in the credential and the network between n8n and Chatwoot.`;
	}
	const explained = new NodeApiError(ctx.getNode(), { code } as JsonObject, {
		message,
		description,
		httpCode: code,
		itemIndex: itemIndexOf(ctx),
	});
	// NodeApiError swaps the message of a known code for n8n's generic one; keep ours
	explained.message = message;
	explainedErrors.add(explained);
	return explained;
}
