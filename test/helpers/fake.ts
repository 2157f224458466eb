/**
 * Starts the fake Chatwoot for a test file and gives the credential that points at it; the
 * pieces the integration tests share: `runner`, `expectedRequest`, locator values.
 */
import type { IDataObject, INodeExecutionData, INodeParameterResourceLocator } from 'n8n-workflow';
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

/**
 * A second account, Globex (2), where user 1 is an agent, with one label of its own
 * ("globex-only"): for tests of the Account field.
 */
export function addSecondAccount(fake: FakeChatwoot) {
	const { state } = fake;
	state.accounts.push({ ...state.accounts[0], id: 2, name: 'Globex' });
	const membership = state.accountUsers.find((au) => au.user_id === 1 && au.account_id === 1)!;
	state.accountUsers.push({ ...membership, id: 99, account_id: 2, role: 'agent' });
	state.labels.push({ ...state.labels[0], id: 50, account_id: 2, title: 'globex-only' });
}

/**
 * What Chatwoot answers to GET `path` with the user token now: for output items that are the
 * record as Chatwoot shows it. The read is itself a request, so check the node's requests first.
 */
export async function shownNow(fake: FakeChatwoot, path: string) {
	const answer = await fetch(`${fake.url}${path}`, { headers: { 'api-access-token': TOKENS.user } });
	return (await answer.json()) as Record<string, unknown>;
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

/** What `summary()` gives for a request the fake accepted and answered with `status` (200 unless told). */
export function expectedRequest(method: string, path: string, body?: unknown, query: Record<string, unknown> = {}, status = 200) {
	return { method, path, query, body, status, rejected: undefined };
}

/** The named headers of a request (lower case, as Node gives them), for tests about headers. */
export function headersOf(request: RecordedRequest, ...names: string[]) {
	return Object.fromEntries(names.map((name) => [name, request.headers[name]]));
}

/** Input items from their JSON: `jsonItems({ id: 1 }, { id: 2 })` is two items. */
export function jsonItems(...json: IDataObject[]): INodeExecutionData[] {
	return json.map((item) => ({ json: item }));
}

/**
 * What a user sees of each output item: its JSON, or `error: <message>` for an item that
 * Continue On Fail turned into an error.
 */
export function outcomes(items: INodeExecutionData[]) {
	return items.map((item) => (item.error ? `error: ${item.error.message}` : item.json));
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

export interface RunExtras {
	/** Instead of the runner's credential, e.g. one without a default account. */
	credential?: TestCredential;
	continueOnFail?: boolean;
}

/**
 * The node runs of a test file: `fixed` parameters under each run's own, with the credential
 * `credentialOf` gives (the user's unless told).
 * - `run(parameters, inputItems?, extras?)` expects no error and every request accepted;
 * - `run.failure(...)` expects the node to stop with an error, no output items and every request
 *   accepted, and returns the error;
 * - `run.continuing(...)` runs with Continue On Fail and expects no error and every request accepted.
 */
export function runner(
	context: { fake: FakeChatwoot },
	fixed: Record<string, unknown> = {},
	credentialOf: (fake: FakeChatwoot) => TestCredential = userCredential,
) {
	const runWith = (parameters: Record<string, unknown>, inputItems?: INodeExecutionData[], extras: RunExtras = {}) =>
		runNode({
			parameters: { ...fixed, ...parameters } as never,
			credential: extras.credential ?? credentialOf(context.fake),
			inputItems,
			continueOnFail: extras.continueOnFail,
		});
	const run = async (parameters: Record<string, unknown>, inputItems?: INodeExecutionData[], extras?: RunExtras): Promise<RunResult> => {
		const result = await runWith(parameters, inputItems, extras);
		expect(result.error).toBeUndefined();
		expectAllAccepted(context.fake);
		return result;
	};
	run.failure = async (parameters: Record<string, unknown>, inputItems?: INodeExecutionData[], extras?: RunExtras) => {
		const { error, items } = await runWith(parameters, inputItems, extras);
		expect(items).toEqual([]);
		expect(error).toBeDefined();
		expectAllAccepted(context.fake);
		return error!;
	};
	run.continuing = (parameters: Record<string, unknown>, inputItems?: INodeExecutionData[], extras?: RunExtras) =>
		run(parameters, inputItems, { ...extras, continueOnFail: true });
	return run;
}
