/**
 * Every value that goes into a request path is one plain segment: a `..` (or `%2e%2e`, which
 * the URL parser resolves the same way) in a slug or identifier would address another
 * endpoint, e.g. Update Portal with slug ".." would rename the account. This walks every
 * operation's path sources and feeds each a hostile value: each must fail, naming its field,
 * before any request. A value a field's own check lets through still meets buildRequest's
 * last guard.
 */
import type { IExecuteSingleFunctions, INode } from 'n8n-workflow';
import { buildRequest } from '../../nodes/ChatWoot/shared/request/buildRequest';
import { required } from '../../nodes/ChatWoot/shared/request/fieldSources';
import { text } from '../../nodes/shared/fields/validators';
import { nodeOperations } from '../helpers/description';

interface Source {
	param: string;
	label: string;
	locator?: boolean;
	check: (value: unknown, field: string, ctx: IExecuteSingleFunctions) => unknown;
}

const UUID = '9a2f6c1e-3b4d-4f5a-8e7b-1c2d3e4f5a6b';
const HOSTILE = ['..', '.', '%2e%2e', '%2E%2E', '../1', 'a/b', 'a\\b', 'a?b', 'a#b', ' .. ', '\u2024\u2024', 'a%2fb'];

function context(values: Record<string, unknown>, requests: string[]): IExecuteSingleFunctions {
	return {
		getNode: () => ({ name: 'ChatWoot', type: 'chatWoot' }) as INode,
		getItemIndex: () => 0,
		getNodeParameter: (name: string, fallback?: unknown) => (name in values ? values[name] : fallback),
		getCredentials: async () => ({ accountId: 1 }),
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: { url: string }) => {
				requests.push(options.url);
				return { statusCode: 200, body: {} };
			},
		},
	} as unknown as IExecuteSingleFunctions;
}

/** A value each path source accepts, so that only the source under test is hostile. */
function goodValue(source: Source): unknown {
	for (const candidate of ['1', UUID, 'handbook']) {
		try {
			source.check(candidate, source.label, context({}, []));
			return candidate;
		} catch {
			// try the next one
		}
	}
	throw new Error(`no valid value found for ${source.label}`);
}

const pathSources = nodeOperations().flatMap((op) =>
	Object.entries((op.spec.path ?? {}) as Record<string, Source>).map(([name, source]) => ({ op, name, source })),
);

test('the walk finds the path values of every operation', () => {
	expect(nodeOperations().length).toBeGreaterThanOrEqual(152);
	expect(pathSources.length).toBeGreaterThan(nodeOperations().length);
	// the free-text ones among them (they take a uuid, the numeric IDs do not)
	const takesText = (source: Source) => {
		try {
			source.check(UUID, source.label, context({}, []));
			return true;
		} catch {
			return false;
		}
	};
	expect(
		[...new Set(pathSources.filter(({ source }) => takesText(source)).map(({ source }) => source.label))].sort(),
	).toEqual(['Contact Identifier', 'Conversation UUID', 'Inbox Identifier', 'Portal']);
});

/** What the operation's preSend does with `hostile` in the path value of `source`: the error, or the URL it built. */
async function outcome(op: (typeof pathSources)[number]['op'], source: Source, hostile: string) {
	const values: Record<string, unknown> = { resource: op.resource, operation: op.operation };
	for (const other of Object.values(op.spec.path as Record<string, Source>)) {
		values[other.param.split('.')[0]] = goodValue(other);
	}
	values[source.param.split('.')[0]] = hostile;
	const requests: string[] = [];
	try {
		const built = await op.preSend.call(context(values, requests), { method: op.method as never, url: op.url });
		return `sent ${built.url}`;
	} catch (error) {
		const { name } = (error as Error).constructor;
		return `${name}: ${(error as Error).message}${requests.length ? ` after ${requests.join(', ')}` : ''}`;
	}
}

test.each(pathSources.map(({ op, name, source }) => [`${op.resource} > ${op.operation}: {${name}}`, op, source] as const))(
	'%s: every hostile value fails naming the field, before any request',
	async (_title, op, source) => {
		// the Account falls back to the credential's Account ID, which has its own label
		const label = source.param === 'account' ? 'Account' : source.label;
		for (const hostile of HOSTILE) {
			expect({ hostile, outcome: await outcome(op, source, hostile) }).toEqual({
				hostile,
				outcome: expect.stringMatching(new RegExp(`^NodeOperationError: ${label.replace(/[()]/g, '\\$&')}: [^]*$`)),
			});
		}
	},
);

describe("buildRequest's last guard", () => {
	const loose = buildRequest({ path: { slug: required('slug', 'Slug', text) } });

	test.each(['..', '.', 'a/b', '%2e%2e', ''])('refuses %p even when the field only checks for text', async (value) => {
		const ctx = context({ resource: 'anyResource', operation: 'get', slug: value }, []);
		await expect(loose.call(ctx, { method: 'GET', url: '/things/{slug}' })).rejects.toThrow(
			value === ''
				? 'Slug: is required and cannot be empty'
				: `Slug: must be a plain identifier like "abc-123" (letters, digits and - _ . ~ @ + only, not only dots), got "${value}"`,
		);
	});

	test.each([['handbook-2024', 'handbook-2024'], ['jane@example.com', 'jane%40example.com'], ['a.b', 'a.b'], ['Ünïcode', '%C3%9Cn%C3%AFcode']])(
		'lets %p through, encoded',
		async (value, encoded) => {
			const ctx = context({ resource: 'anyResource', operation: 'get', slug: value }, []);
			expect((await loose.call(ctx, { method: 'GET', url: '/things/{slug}' })).url).toBe(`/things/${encoded}`);
		},
	);
});
