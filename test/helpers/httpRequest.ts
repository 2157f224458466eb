/**
 * A stand-in for n8n's `helpers.httpRequestWithAuthentication` in contexts the engine does
 * not build for us (searchable lists, webhook lifecycle): a real HTTP request, authenticated
 * by the built credential's `authenticate`, honouring the options the node code uses.
 */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { chatWootCredential, credentialDataOf, type TestCredential } from './engine';

export function httpRequestWithAuthentication(credential: TestCredential) {
	return async function (_credentialType: string, request: IHttpRequestOptions) {
		const options: IHttpRequestOptions = await chatWootCredential.authenticate(credentialDataOf(credential), request);
		const url = new URL(options.url);
		for (const [key, value] of Object.entries((options.qs ?? {}) as IDataObject)) {
			if (value !== undefined) url.searchParams.set(key, String(value));
		}
		const hasBody = options.body !== undefined && options.method !== 'GET';
		const response = await fetch(url, {
			method: options.method ?? 'GET',
			headers: {
				accept: 'application/json',
				...(options.headers as Record<string, string>),
				...(hasBody ? { 'content-type': 'application/json' } : {}),
			},
			body: hasBody ? JSON.stringify(options.body) : undefined,
			redirect: options.disableFollowRedirect ? 'manual' : 'follow',
		});
		const text = await response.text();
		let body: unknown = text;
		try {
			body = text ? JSON.parse(text) : '';
		} catch {
			// not JSON: keep the text
		}
		if (response.status >= 400 && !options.ignoreHttpStatusErrors) {
			throw Object.assign(new Error(`Request failed with status code ${response.status}`), { httpCode: String(response.status) });
		}
		return options.returnFullResponse
			? { statusCode: response.status, statusMessage: response.statusText, headers: Object.fromEntries(response.headers), body }
			: body;
	};
}
