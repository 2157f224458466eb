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

interface CredentialReader {
	getCredentials<T extends object>(type: string): Promise<T>;
}

/** The server root of the node's ChatWoot API credential. */
export async function chatwootBaseUrl(ctx: CredentialReader): Promise<string> {
	const credentials = await ctx.getCredentials<{ url: string }>('chatWootApi');
	return normalizeBaseUrl(credentials.url);
}
