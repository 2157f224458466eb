import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHookFunctions,
	type IHttpRequestMethods,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
	type JsonObject,
} from 'n8n-workflow';
import { chatwootBaseUrl } from './baseUrl';
import { chatwootMessage } from './output';

type Context = ILoadOptionsFunctions | IHookFunctions | IExecuteSingleFunctions;

interface ChatwootCredentials {
	url: string;
	accessToken: string;
	kind: 'user' | 'agentBot' | 'platformApp';
	accountId?: number;
}

/**
 * A request outside the declarative routing (searchable lists, the trigger's webhook
 * lifecycle). Same base URL rules, same error text as the operations.
 */
export async function chatwootApiRequest(
	this: Context,
	method: IHttpRequestMethods,
	path: string,
	qs: IDataObject = {},
	body?: IDataObject,
): Promise<unknown> {
	const response = (await this.helpers.httpRequestWithAuthentication.call(this, 'chatWootApi', {
		method,
		url: `${await chatwootBaseUrl(this)}${path}`,
		qs,
		body,
		json: true,
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
	})) as IN8nHttpFullResponse;
	if (response.statusCode >= 400) {
		const text = chatwootMessage(response.body);
		throw new NodeApiError(this.getNode(), (response.body ?? {}) as JsonObject, {
			message: text
				? `Chatwoot: ${text}`
				: `Chatwoot answered ${response.statusCode} to ${method} ${path}`,
			httpCode: String(response.statusCode),
		});
	}
	return response.body;
}

/** The account of the node's Account field, else the credential's default. */
export async function resolveAccountId(this: Context): Promise<number> {
	let chosen: unknown;
	try {
		chosen =
			'getCurrentNodeParameter' in this
				? this.getCurrentNodeParameter('account', { extractValue: true })
				: this.getNodeParameter('account', undefined, { extractValue: true });
	} catch {
		chosen = undefined; // the node has no Account field for this operation
	}
	if (chosen !== undefined && chosen !== null && String(chosen).trim() !== '') {
		return Number(chosen);
	}
	const credentials = await this.getCredentials<ChatwootCredentials>('chatWootApi');
	return Number(credentials.accountId ?? 1);
}
