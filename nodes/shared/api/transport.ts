import type {
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { chatwootBaseUrl } from './baseUrl';
import { chatwootAnswerError, type RequestContext } from './answers';
import { explainTransportError } from './failures';
import { getRequestTransport } from './itemRequest';

type Context = RequestContext;

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
