/** Starts the fake Chatwoot for a test file and gives the credential that points at it. */
import { startFakeChatwoot, type FakeChatwoot, type RecordedRequest } from '../fake-chatwoot';
import type { TestCredential } from './engine';

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

/** Fails with the fake's reason when it rejected a request the node sent. */
export function expectAllAccepted(fake: FakeChatwoot) {
	const rejected = fake.requests.filter((r) => r.rejected).map((r) => `${r.method} ${r.path}: ${r.rejected}`);
	expect(rejected).toEqual([]);
}
