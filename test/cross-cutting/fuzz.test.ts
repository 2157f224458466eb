/**
 * Property-based fuzzing (fast-check) of Platform User > Update and Contact > Create: random
 * strings, numbers, unicode, huge values and JSON fragments, typed into the fields or fed by
 * expressions from the input item. Every run must either send one request that the fake's
 * spec check accepts (Chatwoot may still refuse it: a NodeApiError with its answer), or fail
 * before sending with a NodeOperationError whose message starts with a field's label; never
 * anything else. (One case is n8n's, not the node's: a typed-in Inbox or Account that fails the
 * locator's own validation, e.g. letters By ID, stops the run before it starts with n8n's
 * WorkflowHasIssuesError listing the field's problem, as the editor shows it under the field.)
 *
 * FUZZ_SEED=<n> replays a run (fast-check prints the seed of a failure); FUZZ_RUNS=<n>
 * changes the number of cases per property (default 200).
 */
import fc from 'fast-check';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { runNode, type RunResult, type TestCredential } from '../helpers/engine';
import { platformCredential, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const settings = { numRuns: RUNS, seed: SEED, endOnFailure: true } as const;

jest.setTimeout(120_000);

// ---- values ------------------------------------------------------------------------------

/** Huge values, printed by name in fast-check's reports (not 100,000 characters). */
class Huge {
	constructor(
		readonly name: string,
		readonly value: string,
	) {}
	[fc.toStringMethod]() {
		return `Huge(${this.name})`;
	}
}

const HUGE = [
	new Huge('100k x', 'x'.repeat(100_000)),
	new Huge('20k é', 'é'.repeat(20_000)),
	new Huge('10k emoji', '🙂'.repeat(10_000)),
	new Huge('400 nines', '9'.repeat(400)),
	new Huge('50k JSON string', `{"a":"${'y'.repeat(50_000)}"}`),
	new Huge('10k JSON array', `[${'1,'.repeat(10_000)}1]`),
	new Huge('2k JSON keys', `{${Array.from({ length: 2000 }, (_, i) => `"k${i}":${i}`).join(',')}}`),
];

/** Huge markers become their text where a value is placed. */
const unwrap = (value: unknown) => (value instanceof Huge ? value.value : value);

const jsonFragments = fc.oneof(
	fc.json({ maxDepth: 3 }),
	fc.constantFrom(
		'{',
		'}',
		'[',
		'{"a":',
		'{"a":1,}',
		"{'a': 1}",
		'{"a":1}{"b":2}',
		'null',
		'true',
		'"text"',
		'[]',
		'{}',
		'{"__proto__":{"polluted":1}}',
		'{"constructor":{"prototype":{"x":1}}}',
		'1e999',
		'-0',
		'NaN',
		'{"a":"\\ud800"}',
		'{"plan":"pro","seats":3}',
	),
);

const numbers = fc.oneof(
	fc.integer(),
	fc.integer({ min: 1, max: 1000 }),
	fc.double(),
	fc.constantFrom(0, -0, -1, 1, 2, 1.5, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e21, 1e308, -1e308),
);

const texts = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.constantFrom('', ' ', '\t\n', '\u0000', '\u202e', '🙂', 'ß', 'İ', 'a@b.c', 'ALICE@ACME.TEST', ' bob@acme.test ', '+14155550123', '+1 415 555 0123', 'Secret-123!', 'https://example.com/a.png', 'javascript:alert(1)', '12', ' 7 ', '0x10', '1e3', 'true', 'false'),
	fc.emailAddress(),
	fc.constantFrom(...HUGE),
	jsonFragments,
);

/** What a field can hold when typed in: text and numbers (a leading "=" would make it an expression). */
const staticValue = fc.oneof(texts, numbers, fc.boolean()).filter((v) => !(typeof v === 'string' && v.startsWith('=')));

/** What an expression can hand over: any JSON value, objects and arrays included. */
const itemValue = fc.oneof(texts, numbers, fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 3 }), fc.object({ maxDepth: 2 }));

interface Field {
	/** How the field is set: typed in, or `={{ $json.<key> }}` with the value on the item. */
	expression: boolean;
	value: unknown;
}

const notAnExpression = (value: unknown) => !(typeof value === 'string' && value.startsWith('='));

/**
 * A field's setting: mostly a value of the right kind (so that many cases get as far as a
 * request), else anything, typed in or from the item.
 */
function field(plausible: fc.Arbitrary<unknown>): fc.Arbitrary<Field> {
	return fc.oneof(
		{ weight: 3, arbitrary: fc.record({ expression: fc.boolean(), value: plausible.filter(notAnExpression) }) },
		{ weight: 1, arbitrary: fc.record({ expression: fc.constant(false), value: staticValue }) },
		{ weight: 1, arbitrary: fc.record({ expression: fc.constant(true), value: itemValue }) },
	);
}

const anything = field(fc.oneof(texts, numbers));
const plausibleText = fc.oneof(fc.string({ minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }));
const plausibleEmail = fc.emailAddress();
const plausibleObject = fc.oneof(
	fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }).map((o) => JSON.stringify(o)),
	fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
);
/** Chatwoot's password rules: 6 to 128 characters, upper, lower, digit and special. */
const plausiblePassword = fc
	.tuple(
		fc.constantFrom('A', 'Z', 'Q'),
		fc.constantFrom('a', 'z', 'q'),
		fc.constantFrom('0', '5', '9'),
		fc.constantFrom(...'!@#$%^&*()_+-=[]{}|'),
		fc.string({ unit: fc.constantFrom(...'abcXYZ019!?-'), minLength: 2, maxLength: 120 }),
	)
	.map((parts) => parts.join(''));
const plausiblePhone = fc
	.tuple(fc.integer({ min: 1, max: 9 }), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 13 }))
	.map(([first, rest]) => `+${first}${rest}`);
const plausibleUrl = fc.webUrl({ validSchemes: ['https', 'http'] });

/** Sets `name` in `parameters` (typed in or as an expression) and the item value it reads. */
function place(target: IDataObject, name: string, spec: Field, item: IDataObject, key: string) {
	const value = unwrap(spec.value);
	if (spec.expression) {
		target[name] = `={{ $json.${key} }}`;
		if (value !== undefined) item[key] = value as IDataObject[string];
	} else {
		target[name] = value as IDataObject[string];
	}
}

// ---- the property ------------------------------------------------------------------------

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One case, run with Continue On Fail so that the error the node raised is the item's error
 * as it was thrown (without it, n8n-core wraps errors of preSend functions in a NodeApiError
 * with the same message). The run sends one request the spec check accepts (and succeeds or
 * carries Chatwoot's answer), or sends nothing and names a field. `sendable` = the body keys
 * it may send.
 */
function check(result: RunResult, labels: string[], sendable: string[]) {
	const requests = ctx.fake.requests;
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(1);
	const [{ error }] = result.items;
	if (requests.length === 0) {
		expect(error).toBeDefined();
		expect(error!.constructor.name).toBe('NodeOperationError');
		expect(error!.message).toMatch(new RegExp(`^(${labels.map(escape).join('|')}): \\S`));
		return;
	}
	expect(requests).toHaveLength(1);
	const [request] = requests;
	expect(request.rejected).toBeUndefined();
	expect(request.error).toBeUndefined();
	expect(request.status).toBeLessThan(500);
	for (const key of Object.keys((request.body as IDataObject | undefined) ?? {})) expect(sendable).toContain(key);
	if (request.status < 400) {
		expect(error).toBeUndefined();
	} else {
		expect(error?.constructor.name).toBe('NodeApiError');
		expect(error?.message).toMatch(/^Chatwoot: \S/);
	}
}

async function run(parameters: INodeParameters, credential: TestCredential, item: IDataObject) {
	ctx.fake.reset();
	return runNode({ parameters, credential, items: [item], continueOnFail: true });
}

// ---- Platform User > Update ------------------------------------------------------------

const USER_FIELDS = {
	name: 'Name',
	display_name: 'Display Name',
	email: 'Email',
	password: 'Password',
	custom_attributes: 'Custom Attributes',
} as const;

const userUpdate = fc.record({
	userId: field(fc.constantFrom(1, '1', ' 1 ', 2, 999)),
	fields: fc.record(
		{
			name: field(plausibleText),
			display_name: field(plausibleText),
			email: field(plausibleEmail),
			password: field(plausiblePassword),
			custom_attributes: field(plausibleObject),
		},
		{ requiredKeys: [] },
	),
});

test('Platform User > Update: sends what the spec accepts, or names the field', async () => {
	await fc.assert(
		fc.asyncProperty(userUpdate, async ({ userId, fields }) => {
			const item: IDataObject = {};
			const parameters: IDataObject = { resource: 'platformUser', operation: 'update' };
			const updateFields: IDataObject = {};
			place(parameters, 'userId', userId, item, 'userId');
			for (const [key, spec] of Object.entries(fields)) place(updateFields, key, spec!, item, key);
			parameters.platformUserUpdateFields = updateFields;
			const result = await run(parameters as INodeParameters, platformCredential(ctx.fake), item);
			check(result, ['User ID', ...Object.values(USER_FIELDS)], Object.keys(fields));
		}),
		settings,
	);
});

// ---- Contact > Create --------------------------------------------------------------------

const CONTACT_FIELDS = {
	name: 'Name',
	email: 'Email',
	phone_number: 'Phone Number',
	identifier: 'Identifier',
	blocked: 'Blocked',
	avatar_url: 'Avatar URL',
	additional_attributes: 'Additional Attributes',
	custom_attributes: 'Custom Attributes',
} as const;

/** A resource locator as the editor stores it (From List, By ID, By URL), typed in or from the item. */
const locatorValue = fc.record({
	mode: fc.constantFrom('list', 'id', 'url'),
	value: fc.oneof(
		{ weight: 3, arbitrary: fc.record({ expression: fc.boolean(), value: fc.constantFrom(1, '1', ' 1 ', 2, 'https://chat.example.com/app/accounts/1/settings/inboxes/1') }) },
		{ weight: 2, arbitrary: anything },
	),
});

const contactCreate = fc.record({
	inbox: locatorValue,
	account: fc.option(locatorValue, { nil: undefined }),
	fields: fc.record(
		{
			name: field(plausibleText),
			email: field(plausibleEmail),
			phone_number: field(plausiblePhone),
			identifier: field(plausibleText),
			blocked: field(fc.boolean()),
			avatar_url: field(plausibleUrl),
			additional_attributes: field(plausibleObject),
			custom_attributes: field(plausibleObject),
		},
		{ requiredKeys: [] },
	),
});

test('Contact > Create: sends what the spec accepts, or names the field', async () => {
	await fc.assert(
		fc.asyncProperty(contactCreate, async ({ inbox, account, fields }) => {
			const item: IDataObject = {};
			const parameters: IDataObject = { resource: 'contact', operation: 'create' };
			const locator = (name: string, spec: typeof inbox) => {
				const target: IDataObject = { __rl: true, mode: spec.mode };
				place(target, 'value', spec.value, item, `${name}Value`);
				parameters[name] = target;
			};
			locator('contactInbox', inbox);
			if (account) locator('account', account);
			const additionalFields: IDataObject = {};
			for (const [key, spec] of Object.entries(fields)) place(additionalFields, key, spec!, item, key);
			parameters.contactAdditionalFields = additionalFields;
			let result: RunResult;
			try {
				result = await run(parameters as INodeParameters, userCredential(ctx.fake), item);
			} catch (error) {
				// n8n itself refuses to start a run when a typed-in locator value fails the
				// locator's own validation (By ID: digits; By URL: a dashboard address) or a
				// required one is empty; the node never sees those values.
				expect((error as Error).constructor.name).toBe('WorkflowHasIssuesError');
				const typedIn = [inbox, account].some((spec) => spec && !spec.value.expression);
				expect(typedIn).toBe(true);
				const issues = (error as Error).message.split('\n').filter((line) => line.startsWith('- '));
				expect(issues.length).toBeGreaterThan(0);
				for (const issue of issues) expect(issue).toMatch(/inbox|account/i);
				expect(ctx.fake.requests).toHaveLength(0);
				return;
			}
			check(result, ['Inbox', 'Account', 'Account ID (credential)', ...Object.values(CONTACT_FIELDS)], ['inbox_id', ...Object.keys(fields)]);
		}),
		settings,
	);
});
