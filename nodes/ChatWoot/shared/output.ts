import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { getRequestInfo, type RequestInfo } from './request';

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
	return 'a User token (Agent Bot tokens only reach conversation and message creation and status toggles)';
}

function hintFor(status: number, info: RequestInfo | undefined, body: unknown): string {
	const url = info?.url ?? '';
	switch (status) {
		case 401:
			return `Chatwoot did not accept the access token. ${url ? `${info?.method} ${url} needs ${tokenKindFor(url)}. ` : ''}Check the credential's Access Token and Token Kind.`;
		case 403:
			return `The token is valid but not allowed to do this. ${url ? `It needs ${tokenKindFor(url)}; ` : ''}read-only tokens, agent (non-admin) users and accounts with API access switched off get this answer.`;
		case 404: {
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
			return 'Chatwoot is throttling requests (rack-attack). Space them out with the node\'s Request Options > Batching, or turn on Retry On Fail with a wait between tries.';
		default:
			return status >= 500
				? 'Chatwoot failed on its side. Retry later, or turn on Retry On Fail; the server log has the details.'
				: '';
	}
}

/**
 * Every operation's first postReceive: requests go out with ignoreHttpStatusErrors so that
 * the error the user sees carries Chatwoot's own text instead of n8n's generic one.
 */
export const throwOnChatwootError: PostReceive = async function (items, response) {
	const status = response.statusCode;
	const info = getRequestInfo(this);
	if (status >= 400) {
		const text = chatwootMessage(response.body);
		const statusText = `${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
		const body = typeof response.body === 'object' && response.body ? response.body : {};
		throw new NodeApiError(this.getNode(), body as JsonObject, {
			message: text ? `Chatwoot: ${text}` : `Chatwoot answered ${statusText}`,
			description: hintFor(status, info, response.body),
			httpCode: String(status),
			itemIndex: this.getItemIndex(),
		});
	}
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
