import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { chatwootAnswerError } from '../../../shared/api/answers';
import { getRequestInfo } from '../../../shared/api/itemRequest';

// The response stage of an operation: Chatwoot's errors surfaced, then one item per record.

type PostReceive = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

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
