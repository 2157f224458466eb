import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

// Fetching one attachment's file: redirects followed by hand (the token only to Chatwoot's
// own host), a size cap while reading, and the file's name and media type.

export const MAX_REDIRECTS = 5;

/** How a download travels: the node request's proxy, timeout and SSL settings, and the allowed domains. */
export interface FileTransport {
	transport: Partial<IHttpRequestOptions>;
	allowedDomains?: string;
}

type Body = AsyncIterable<Buffer | string> & { destroy?: () => void };

export function discard(body: unknown) {
	const stream = body as Body | undefined;
	if (stream && typeof stream.destroy === 'function') stream.destroy();
}

export function header(response: IN8nHttpFullResponse, name: string): string | undefined {
	const value = (response.headers as IDataObject | undefined)?.[name];
	if (Array.isArray(value)) return value.length ? String(value[0]) : undefined;
	return value === undefined || value === null ? undefined : String(value);
}

/**
 * GET a file, following redirects by hand: the API token goes only to the Chatwoot host of
 * the credential. ActiveStorage's redirect route sends the client on to the storage service
 * (S3, GCS, ...), which needs no token and must not receive it.
 */
export async function fetchFile(
	ctx: IExecuteSingleFunctions,
	url: string,
	baseUrl: string,
	{ transport, allowedDomains }: FileTransport,
): Promise<IN8nHttpFullResponse> {
	const chatwootOrigin = new URL(baseUrl).origin;
	let current = url;
	for (let hop = 0; ; hop++) {
		const options: IHttpRequestOptions = {
			...transport,
			method: 'GET',
			url: current,
			encoding: 'stream',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
		};
		const response = (
			new URL(current).origin === chatwootOrigin
				? await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'chatWootApi', {
						...options,
						...(allowedDomains ? { allowedDomains } : {}),
					})
				: await ctx.helpers.httpRequest(options)
		) as IN8nHttpFullResponse;
		const location = header(response, 'location');
		if (response.statusCode < 300 || response.statusCode >= 400 || !location) return response;
		// after too many hops the redirect itself is the answer (and an error, see download)
		if (hop >= MAX_REDIRECTS) return response;
		discard(response.body);
		current = new URL(location, current).href;
	}
}

/** The whole body, or undefined as soon as it is larger than `max` bytes. */
export async function readAtMost(body: unknown, max: number): Promise<Buffer | undefined> {
	if (body === undefined || body === null || body === '') return Buffer.alloc(0);
	if (Buffer.isBuffer(body)) return body.length > max ? undefined : body;
	if (typeof body === 'string') return readAtMost(Buffer.from(body), max);
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of body as Body) {
		const part = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
		size += part.length;
		if (size > max) {
			discard(body);
			return undefined;
		}
		chunks.push(part);
	}
	return Buffer.concat(chunks, size);
}

/** `filename*=UTF-8''...` or `filename="..."` of a Content-Disposition header. */
function dispositionFileName(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(value);
	if (extended) {
		try {
			return decodeURIComponent(extended[1].trim());
		} catch {
			// a malformed escape: fall back to the plain filename parameter
		}
	}
	const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(value);
	const name = (plain?.[1] ?? plain?.[2])?.trim();
	return name || undefined;
}

export function lastPathSegment(url: string): string | undefined {
	const segment = new URL(url).pathname.split('/').pop();
	if (!segment) return undefined;
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

export function fileNameOf(attachment: IDataObject, url: string, response: IN8nHttpFullResponse): string {
	const extension = typeof attachment.extension === 'string' && attachment.extension ? `.${attachment.extension}` : '';
	const name =
		(typeof attachment.file_name === 'string' && attachment.file_name.trim()) ||
		dispositionFileName(header(response, 'content-disposition')) ||
		lastPathSegment(url) ||
		`attachment-${String(attachment.id ?? '')}${extension}`;
	// n8n keeps the part after the last slash as the file name
	return name.replace(/[/\\]/g, '_');
}

/** The response's media type; none for octet-stream, so that n8n goes by the file name. */
export function mimeTypeOf(response: IN8nHttpFullResponse, fileName: string): string | undefined {
	const type = header(response, 'content-type')?.split(';')[0].trim().toLowerCase();
	const generic = !type || type === 'application/octet-stream' || type === 'binary/octet-stream';
	if (!generic) return type;
	return /\.[a-z0-9]+$/i.test(fileName) ? undefined : 'application/octet-stream';
}

