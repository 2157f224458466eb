/**
 * resourceProperties (shared/declare/operation.ts) turns operation declarations into node properties:
 * each field once, shown for the operations that list it, each operation's order kept.
 */
import type { INodeProperties } from 'n8n-workflow';
import * as path from 'path';

/* eslint-disable @typescript-eslint/no-require-imports */
const { defineOperation, resourceProperties, RETURN_ALL_AND_LIMIT } = require(path.resolve(__dirname, '../../dist/nodes/ChatWoot/shared/declare/operation.js'));
/* eslint-enable @typescript-eslint/no-require-imports */

const field = (name: string): INodeProperties => ({ displayName: name, name, type: 'string', default: '' });
const operation = (value: string, fields: unknown[], extra: Record<string, unknown> = {}) =>
	defineOperation({ value, name: value, action: value, method: 'GET', url: '/x', request: {}, fields, ...extra });

/** What the editor shows for one operation, in order. */
function shown(properties: INodeProperties[], value: string): string[] {
	return properties
		.filter((p) => p.name !== 'operation' && (p.displayOptions?.show?.operation as string[]).includes(value))
		.map((p) => p.name);
}

test('each operation keeps its own field order, and a shared field is one property', () => {
	const [a, r, b, c] = ['a', 'r', 'b', 'c'].map(field);
	// r is met after a in the first list; only the second list says that b and c come before a
	const properties = resourceProperties('thing', 'one', [
		operation('one', [a, r]),
		operation('two', [b, a]),
		operation('three', [c, b]),
	]);
	expect(shown(properties, 'one')).toEqual(['a', 'r']);
	expect(shown(properties, 'two')).toEqual(['b', 'a']);
	expect(shown(properties, 'three')).toEqual(['c', 'b']);
	expect(properties.filter((p) => p.name === 'a')).toHaveLength(1);
	expect(properties.find((p) => p.name === 'a')!.displayOptions!.show!.operation).toEqual(['one', 'two']);
});

test('opposite orders of shared fields are refused when the node loads', () => {
	const [a, b] = ['a', 'b'].map(field);
	expect(() => resourceProperties('thing', 'one', [operation('one', [a, b]), operation('two', [b, a])])).toThrow(
		'thing: two operations list shared fields in opposite orders',
	);
});

test('display options: resource first, the operations computed, other conditions kept', () => {
	const conditional: INodeProperties = { ...field('x'), displayOptions: { show: { resource: ['other'], kind: ['a'] } } };
	const [x] = resourceProperties('thing', 'one', [operation('one', [conditional]), operation('two', [conditional])]).slice(1);
	expect(x.displayOptions).toEqual({ show: { resource: ['thing'], operation: ['one', 'two'], kind: ['a'] } });
	expect(Object.keys(x.displayOptions!.show!)[0]).toBe('resource');
});

test('a list gets Return All and Limit where it says, Limit only without Return All; options alphabetical', () => {
	const [a, b] = ['a', 'b'].map(field);
	const properties = resourceProperties('thing', 'list', [
		operation('list', [a, RETURN_ALL_AND_LIMIT, b], { name: 'Get Many', list: { records: [''] } }),
		operation('create', [], { name: 'Create' }),
	]);
	expect(shown(properties, 'list')).toEqual(['a', 'thingReturnAll', 'thingLimit', 'b']);
	expect(properties.find((p) => p.name === 'thingLimit')!.displayOptions!.show).toEqual({
		resource: ['thing'],
		operation: ['list'],
		thingReturnAll: [false],
	});
	expect((properties[0].options as Array<{ name: string }>).map((o) => o.name)).toEqual(['Create', 'Get Many']);
});
