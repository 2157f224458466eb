import type {
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { chatwootBaseUrl } from './baseUrl';
import { chatwootAnswerError, explainTransportError, type RequestContext } from './output';
import { getRequestTransport } from './request';

type Context = RequestContext;

interface ChatwootCredentials {
	url: string;
	accessToken: string;
	kind: 'user' | 'agentBot' | 'platformApp';
	accountId?: number;
}

/**
 * A request outside the declarative routing (reads before a write, searchable lists, the
 * trigger's webhook lifecycle). Same base URL rules, same transport as the item's request
 * (Request Options, allowed domains), no redirects followed, same errors as the operations.
 */
export async function chatwootApiRequest(
	this: Context,
	method: IHttpRequestMethods,
	path: string,
	qs: IDataObject = {},
	body?: IDataObject,
): Promise<unknown> {
	const transport = getRequestTransport(this);
	const options: IHttpRequestOptions = {
		...transport?.settings,
		...(transport?.allowedDomains ? { allowedDomains: transport.allowedDomains } : {}),
		method,
		url: `${await chatwootBaseUrl(this)}${path}`,
		qs,
		body,
		json: true,
		ignoreHttpStatusErrors: true,
		disableFollowRedirect: true,
		returnFullResponse: true,
	};
	const info = { method, url: path, ids: [] };
	let response: IN8nHttpFullResponse;
	try {
		response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			'chatWootApi',
			options,
		)) as IN8nHttpFullResponse;
	} catch (error) {
		throw explainTransportError(this, error, { baseURL: options.url, timeout: options.timeout }, info);
	}
	const error = await chatwootAnswerError(this, response, info);
	if (error) throw error;
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
