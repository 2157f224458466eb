import { NodeApiError, type JsonObject } from 'n8n-workflow';
import { itemIndexOf, type RequestContext } from './answers';
import { getRequestInfo, type RequestInfo } from './itemRequest';

// Requests that got no (complete) answer: timeouts, resets, refused connections, DNS, TLS.

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