import { baseUrlProblem, normalizeBaseUrl, BASE_URL_EXPRESSION } from '../../nodes/shared/api/baseUrl';
import { chatWootCredential, chatWootNode, evaluateExpression } from '../helpers/engine';

describe('Chatwoot URL as users paste it', () => {
	const cases: Array<[string, string]> = [
		['https://chat.example.com', 'https://chat.example.com'],
		['https://chat.example.com/', 'https://chat.example.com'],
		['https://chat.example.com///', 'https://chat.example.com'],
		['https://chat.example.com/app', 'https://chat.example.com'],
		['https://chat.example.com/app/', 'https://chat.example.com'],
		['https://chat.example.com/app/accounts/1/dashboard', 'https://chat.example.com'],
		[' https://example.com/support/app/login ', 'https://example.com/support'],
		['http://localhost:3000', 'http://localhost:3000'],
		['https://app.chatwoot.com', 'https://app.chatwoot.com'],
		['https://app.chatwoot.com/app/accounts/5', 'https://app.chatwoot.com'],
		['http://app', 'http://app'],
	];
	test.each(cases)('%p -> %p (function and expression agree)', (input, expected) => {
		expect(normalizeBaseUrl(input)).toBe(expected);
		expect(evaluateExpression(BASE_URL_EXPRESSION, { $credentials: { url: input } })).toBe(expected);
	});
	test.each([
		['https://chat.example.com?tenant=1', true],
		['https://chat.example.com/#/login', true],
		['https://chat.example.com/support?x', true],
		['https://chat.example.com/app/accounts/1/contacts?page=2#top', false],
		['https://chat.example.com/', false],
	])('%p has a query or fragment that would swallow the API path: %p', (url, refused) => {
		expect(baseUrlProblem(url) !== undefined).toBe(refused);
	});
	test('the node and the credential test use the same expression', () => {
		expect(chatWootNode.description.requestDefaults?.baseURL).toBe(BASE_URL_EXPRESSION);
		expect(chatWootCredential.test.request.baseURL).toBe(BASE_URL_EXPRESSION);
	});
});

describe('the credential', () => {
	test('is named ChatWoot API, its token is a password field', () => {
		expect(chatWootCredential.name).toBe('chatWootApi');
		expect(chatWootCredential.displayName).toBe('ChatWoot API');
		const token = chatWootCredential.properties.find((p: { name: string }) => p.name === 'accessToken');
		expect(token.typeOptions).toEqual({ password: true });
	});

	const credentials = { url: 'https://chat.example.com/support/app/accounts/1', accessToken: 'secret-token', kind: 'user' };
	const authenticate = (request: { url: string; baseURL?: string; headers?: Record<string, string> }) =>
		chatWootCredential.authenticate(credentials, { method: 'GET', ...request });

	test.each([
		['the application API', { baseURL: 'https://chat.example.com/support', url: '/api/v1/profile' }],
		['the platform API', { baseURL: 'https://chat.example.com/support', url: '/platform/api/v1/users/1' }],
		['a side request (absolute URL)', { url: 'https://chat.example.com/support/api/v1/accounts/1/labels' }],
		['a file of the Chatwoot host', { url: 'https://chat.example.com/rails/active_storage/blobs/redirect/x/a.png' }],
	])('sends the token as api-access-token to %s', async (_name, request) => {
		expect(await authenticate({ ...request, headers: { Accept: 'application/json' } })).toEqual({
			method: 'GET',
			...request,
			headers: { Accept: 'application/json', 'api-access-token': 'secret-token' },
		});
	});

	test.each([
		['the client API', { baseURL: 'https://chat.example.com/support', url: '/public/api/v1/inboxes/abc' }],
		['the survey page', { baseURL: 'https://chat.example.com/support', url: '/survey/responses/9a2f' }],
		['another host', { url: 'https://storage.example.net/api/v1/profile' }],
		['http instead of https', { url: 'http://chat.example.com/support/api/v1/profile' }],
		['another port', { url: 'https://chat.example.com:8443/support/api/v1/profile' }],
	])('sends no token to %s', async (_name, request) => {
		expect(await authenticate(request)).toEqual({ method: 'GET', ...request });
	});

	test("n8n's legacy request options (uri instead of url) are judged the same way", async () => {
		const legacy = (uri: string) => chatWootCredential.authenticate(credentials, { method: 'GET', uri });
		expect((await legacy('https://chat.example.com/support/api/v1/profile')).headers).toEqual({ 'api-access-token': 'secret-token' });
		expect((await legacy('https://other.example.com/api/v1/profile')).headers).toBeUndefined();
	});

	test('refuses a URL with a query string (the credential test has no other place to say so)', async () => {
		await expect(
			chatWootCredential.authenticate({ ...credentials, url: 'https://chat.example.com?x=1' }, { url: '/api/v1/profile' }),
		).rejects.toThrow('Chatwoot URL (credential): must be the address of the server, without ? or #, got "https://chat.example.com?x=1"');
	});

	test('the test request follows no redirect and names each redirect status', () => {
		expect(chatWootCredential.test.request.disableFollowRedirect).toBe(true);
		expect(chatWootCredential.test.rules.map((rule: { properties: { value: number } }) => rule.properties.value)).toEqual([301, 302, 303, 307, 308]);
	});

	test.each([
		['user', '/api/v1/profile'],
		['platformApp', '/platform/api/v1/agent_bots'],
		['agentBot', '/api'],
	])('the test request for a %s token is GET %s', (kind, path) => {
		expect(chatWootCredential.test.request.method).toBe('GET');
		expect(evaluateExpression(chatWootCredential.test.request.url, { $credentials: { kind } })).toBe(path);
	});

	test('agent-bot tokens get a plain notice that the test cannot check them', () => {
		const notice = chatWootCredential.properties.find((p: { type: string }) => p.type === 'notice');
		expect(notice.displayOptions).toEqual({ show: { kind: ['agentBot'] } });
		expect(notice.displayName).toMatch(/cannot tell whether the token is valid/);
	});
});
