import { NodeOperationError, type INode } from 'n8n-workflow';

/**
 * The credential's URL as users paste it ("https://chat.example.com/", or the dashboard
 * address "https://chat.example.com/app/accounts/1/dashboard") reduced to the server root.
 * One expression, shared by the node's requestDefaults and the credential test.
 */
export const BASE_URL_EXPRESSION =
	'={{ String($credentials.url).trim().replace(/\\/+$/, "").replace(/^(https?:\\/\\/[^\\/]+(?:\\/.*?)?)\\/app(?:\\/.*)?$/i, "$1") }}';

export function normalizeBaseUrl(url: string): string {
	return String(url)
		.trim()
		.replace(/\/+$/, '')
		.replace(/^(https?:\/\/[^/]+(?:\/.*?)?)\/app(?:\/.*)?$/i, '$1');
}

export const BASE_URL_HINT =
	'A query string or fragment would swallow the API path of every request. Use the address without them, e.g. https://chat.example.com.';

/**
 * Why a server root (as normalized) cannot be used, else undefined: the API path is appended
 * to it, so after a ? or # it would end up in the query or the fragment. (A dashboard
 * address may have them after /app: that part is dropped anyway.)
 */
export function baseUrlProblem(url: string, baseUrl = normalizeBaseUrl(url)): string | undefined {
	return /[?#]/.test(baseUrl)
		? `Chatwoot URL (credential): must be the address of the server, without ? or #, got "${String(url).trim()}"`
		: undefined;
}

export function invalidBaseUrl(node: INode, problem: string, itemIndex?: number): NodeOperationError {
	return new NodeOperationError(node, problem, { description: BASE_URL_HINT, itemIndex });
}

interface CredentialReader {
	getCredentials<T extends object>(type: string): Promise<T>;
	getNode(): INode;
}

/** The server root of the node's ChatWoot API credential; a URL that cannot be one is refused. */
export async function chatwootBaseUrl(ctx: CredentialReader): Promise<string> {
	const credentials = await ctx.getCredentials<{ url: string }>('chatWootApi');
	const baseUrl = normalizeBaseUrl(credentials.url);
	const problem = baseUrlProblem(credentials.url, baseUrl);
	if (problem) throw invalidBaseUrl(ctx.getNode(), problem);
	return baseUrl;
}

/** The address a request goes to, joined as n8n's HTTP client joins baseURL and url. */
function targetOf(url: string, baseURL: string): string {
	if (/^[a-z][a-z\d+\-.]*:\/\//i.test(url)) return url;
	return `${baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

/** Chatwoot's public pages and APIs: the client API (the inbox identifier is the key) and the survey page. */
const PUBLIC_PATHS = /^\/(public|survey)\//;

/**
 * Whether a request needs the access token: it goes to the Chatwoot server of the credential
 * (same scheme, host and port) and not to one of its public paths. Anything else, another
 * host included, gets no token.
 */
export function needsAccessToken(
	baseUrl: string,
	request: { url?: string; uri?: string; baseURL?: string },
): boolean {
	// `uri`: n8n's legacy request helper (e.g. the HTTP Request node with this credential)
	const url = request.url ?? request.uri;
	let base: URL;
	let target: URL;
	try {
		base = new URL(baseUrl);
		target = new URL(targetOf(String(url ?? ''), request.baseURL ?? baseUrl));
	} catch {
		return false;
	}
	if (target.origin !== base.origin) return false;
	const basePath = base.pathname.replace(/\/+$/, '');
	const path = target.pathname.startsWith(`${basePath}/`) ? target.pathname.slice(basePath.length) : target.pathname;
	return !PUBLIC_PATHS.test(path);
}
