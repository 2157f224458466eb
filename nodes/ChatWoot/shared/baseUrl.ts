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
