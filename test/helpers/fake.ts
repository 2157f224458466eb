/**
 * Starts the fake Chatwoot for a test file and gives the credential that points at it; the
 * pieces the integration tests share: `runner`, `expectedRequest`, locator values.
 */
import type { INodeExecutionData, INodeParameterResourceLocator } from 'n8n-workflow';
import { startFakeChatwoot, type FakeChatwoot, type RecordedRequest } from '../../dev/fake-chatwoot';
import { runNode, type RunResult, type TestCredential } from './engine';

export const TOKENS = { platform: 'platform-secret-7f3a', user: 'user-secret-91bc', bot: 'bot-secret-44de' };

export function useFakeChatwoot() {
	const context = { fake: undefined as unknown as FakeChatwoot };
	beforeAll(async () => {
		context.fake = await startFakeChatwoot({ tokens: TOKENS });
	});
	beforeEach(() => context.fake.reset());
	afterAll(async () => {
		await context.fake.close();
	});
	return context;
}

export function platformCredential(fake: FakeChatwoot): TestCredential {
	return { url: fake.url, accessToken: TOKENS.platform, kind: 'platformApp' };
}

export function userCredential(fake: FakeChatwoot, accountId = 1): TestCredential {
	return { url: fake.url, accessToken: TOKENS.user, kind: 'user', accountId };
}

/** An Agent Bot credential: bot 1 "Acme Helper", which answers inbox 1 of account 1. */
export function botCredential(fake: FakeChatwoot, accountId = 1): TestCredential {
	return { url: fake.url, accessToken: TOKENS.bot, kind: 'agentBot', accountId };
}

/** The parts of a request a user would notice. */
export function summary(request: RecordedRequest) {
	return {
		method: request.method,
		path: request.path,
		query: request.query,
		body: request.body,
		status: request.status,
		rejected: request.rejected,
	};
}

/** What `summary()` gives for a request the fake accepted and answered with 200. */
export function expectedRequest(method: string, path: string, body?: unknown, query: Record<string, unknown> = {}) {
	return { method, path, query, body, status: 200, rejected: undefined };
}

/** A Resource Locator parameter's value, as the editor stores it. */
export function locatorValue(value: string | number, mode: 'id' | 'url' | 'list'): INodeParameterResourceLocator {
	return { __rl: true, mode, value };
}

/** A Resource Locator "By ID" (the editor keeps the typed ID as a string). */
export const byId = (value: number | string) => locatorValue(String(value), 'id');

/** A Resource Locator "By URL". */
export const byUrl = (value: string) => locatorValue(value, 'url');

/** Fails with the fake's reason when it rejected a request the node sent. */
export function expectAllAccepted(fake: FakeChatwoot) {
	const rejected = fake.requests.filter((r) => r.rejected).map((r) => `${r.method} ${r.path}: ${r.rejected}`);
	expect(rejected).toEqual([]);
}

/**
 * `run(parameters, inputItems?)` for a test file: runs the node with `fixed` under the given
 * parameters and the user credential, and expects no error and every request accepted.
 */
export function runner(context: { fake: FakeChatwoot }, fixed: Record<string, unknown> = {}) {
	return async (parameters: Record<string, unknown>, inputItems?: INodeExecutionData[]): Promise<RunResult> => {
		const result = await runNode({ parameters: { ...fixed, ...parameters } as never, credential: userCredential(context.fake), inputItems });
		expect(result.error).toBeUndefined();
		expectAllAccepted(context.fake);
		return result;
	};
}
