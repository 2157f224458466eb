/** Sanity of the node description as the editor receives it. */
import type { INodeProperties } from 'n8n-workflow';
import { chatWootNode } from '../helpers/engine';
import { nodeOperations } from '../helpers/description';

const description = chatWootNode.description;
const properties = description.properties as INodeProperties[];

test('node metadata', () => {
	expect(description).toMatchObject({
		displayName: 'ChatWoot',
		name: 'chatWoot',
		description: 'Interact with ChatWoot API',
		usableAsTool: true,
		icon: { light: 'file:chatwoot.svg', dark: 'file:chatwoot.dark.svg' },
		credentials: [{ name: 'chatWootApi', required: true }],
	});
	expect(description.subtitle).toContain('$parameter["operation"]');
	expect(description.subtitle).toContain('$parameter["resource"]');
	expect((chatWootNode as { execute?: unknown }).execute).toBeUndefined();
});

test('every operation has a routing request with a method and a URL, and its preSend', () => {
	for (const op of nodeOperations()) {
		expect({ op: `${op.resource}.${op.operation}`, method: op.method, url: op.url.startsWith('/') }).toEqual({
			op: `${op.resource}.${op.operation}`,
			method: expect.stringMatching(/^(GET|POST|PUT|PATCH|DELETE)$/),
			url: true,
		});
		expect(op.spec).toBeDefined();
	}
});

test('every field names the operations it belongs to, and those exist', () => {
	const operations = new Set(nodeOperations().map((op) => `${op.resource}.${op.operation}`));
	for (const property of properties) {
		// requestOptions: Settings > Request Options, added by n8n's loader (and the harness)
		if (['resource', 'account', 'operation', 'requestOptions'].includes(property.name)) continue;
		const show = property.displayOptions?.show ?? {};
		const resources = (show.resource ?? []) as string[];
		const ops = (show.operation ?? []) as string[];
		expect({ field: property.name, resources: resources.length > 0, ops: ops.length > 0 }).toEqual({
			field: property.name,
			resources: true,
			ops: true,
		});
		for (const resource of resources) {
			for (const op of ops) {
				expect({ field: property.name, operation: `${resource}.${op}`, exists: operations.has(`${resource}.${op}`) }).toEqual({
					field: property.name,
					operation: `${resource}.${op}`,
					exists: true,
				});
			}
		}
	}
});

test('no two fields share a parameter name (Operation aside)', () => {
	// RoutingNode evaluates the node's value under each property's name, shown or not, for
	// every item: a shared name multiplies the expressions evaluated (bench/NOTES.md).
	const seen = new Map<string, number>();
	for (const property of properties) seen.set(property.name, (seen.get(property.name) ?? 0) + 1);
	seen.delete('operation');
	expect([...seen].filter(([, count]) => count > 1)).toEqual([]);
});

test('every field but Resource is shown for named resources, Resource the first condition', () => {
	// RoutingNode checks the display of every top-level property twice per item; a field of
	// another resource is then rejected on the first key (bench/NOTES.md, what a property costs).
	// Request Options: n8n's loader adds it, shown always
	const conditions = properties
		.filter((property) => property.name !== 'resource' && property.name !== 'requestOptions')
		.map((property) => ({ field: property.name, first: Object.keys(property.displayOptions?.show ?? {})[0] }));
	expect(conditions.filter(({ first }) => first !== 'resource')).toEqual([]);
});

test('every field a request reads is shown for its operation', () => {
	for (const op of nodeOperations()) {
		const sources = [
			...Object.values(op.spec.path ?? {}),
			...Object.values(op.spec.query ?? {}),
			...Object.values(op.spec.body ?? {}),
		] as Array<{ param: string }>;
		for (const { param } of sources) {
			const top = param.split('.')[0];
			if (top === 'account') continue;
			const shown = properties.some(
				(p) =>
					p.name === top &&
					((p.displayOptions?.show?.resource ?? []) as string[]).includes(op.resource) &&
					((p.displayOptions?.show?.operation ?? []) as string[]).includes(op.operation),
			);
			expect({ operation: `${op.resource}.${op.operation}`, param, shown }).toEqual({
				operation: `${op.resource}.${op.operation}`,
				param,
				shown: true,
			});
		}
	}
});

test('no collection option defaults to something that would be sent on its own', () => {
	// A JSON field added to Update Fields must not default to "{}": that would wipe the attributes.
	for (const property of properties) {
		for (const option of (property.type === 'collection' ? property.options : []) as INodeProperties[]) {
			if (option.type === 'json') expect({ field: `${property.name}.${option.name}`, default: option.default }).toEqual({ field: `${property.name}.${option.name}`, default: '' });
		}
	}
});

test('the Account field is offered on application resources only and may stay empty', () => {
	const account = properties.find((p) => p.name === 'account')!;
	expect(account.type).toBe('resourceLocator');
	expect(account.required).toBe(false);
	const resources = account.displayOptions!.show!.resource as string[];
	expect(resources).toContain('contact');
	expect(resources.some((r) => r.startsWith('platform') || r.startsWith('client'))).toBe(false);
});

test('every {placeholder} of an operation URL has a path source, and every path source a placeholder', () => {
	const mismatches = nodeOperations()
		.map((op) => {
			const placeholders = [...op.url.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
			const sources = Object.keys(op.spec.path ?? {}).sort();
			return { op: `${op.resource}.${op.operation}`, placeholders, sources };
		})
		.filter(({ placeholders, sources }) => placeholders.join() !== sources.join());
	expect(mismatches).toEqual([]);
});
