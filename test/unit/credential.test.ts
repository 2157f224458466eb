import { normalizeBaseUrl, BASE_URL_EXPRESSION } from '../../nodes/ChatWoot/shared/baseUrl';
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
	test('the node and the credential test use the same expression', () => {
		expect(chatWootNode.description.requestDefaults?.baseURL).toBe(BASE_URL_EXPRESSION);
		expect(chatWootCredential.test.request.baseURL).toBe(BASE_URL_EXPRESSION);
	});
});

describe('the credential', () => {
	test('is named ChatWoot API, sends the token as api-access-token', () => {
		expect(chatWootCredential.name).toBe('chatWootApi');
		expect(chatWootCredential.displayName).toBe('ChatWoot API');
		expect(chatWootCredential.authenticate).toEqual({
			type: 'generic',
			properties: { headers: { 'api-access-token': '={{$credentials.accessToken}}' } },
		});
		const token = chatWootCredential.properties.find((p: { name: string }) => p.name === 'accessToken');
		expect(token.typeOptions).toEqual({ password: true });
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
