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
