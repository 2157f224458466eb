import type { IExecuteSingleFunctions, INode } from 'n8n-workflow';
import {
	email,
	integerList,
	jsonObject,
	oneOf,
	password,
	passwordProblem,
	positiveInteger,
	stringList,
	url,
} from '../../nodes/shared/fields/validators';

const ctx = {
	getNode: () => ({ name: 'ChatWoot', type: 'chatWoot' }) as INode,
	getItemIndex: () => 3,
} as unknown as IExecuteSingleFunctions;

function failure(run: () => unknown) {
	try {
		run();
	} catch (error) {
		return error as Error & { constructor: { name: string }; context: Record<string, unknown> };
	}
	throw new Error('expected a failure');
}

describe('positiveInteger', () => {
	test.each([[1, 1], ['42', 42], [' 7 ', 7], [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]])('%p is %p', (input, expected) => {
		expect(positiveInteger(input, 'User ID', ctx)).toBe(expected);
	});
	test.each([[0], [-1], [1.5], ['1.5'], ['abc'], [''], [null], [undefined], [{}], ['9007199254740993'], [NaN]])('%p is refused', (input) => {
		const error = failure(() => positiveInteger(input, 'User ID', ctx));
		expect(error.constructor.name).toBe('NodeOperationError');
		expect(error.message).toMatch(/^User ID: must be a positive whole number, got /);
		expect(error.context.itemIndex).toBe(3);
	});
});

describe('email', () => {
	test.each(['a@b.co', ' x.y+z@example.org ', 'ü@exämple.de'])('%p is accepted (trimmed)', (input) => {
		expect(email(input, 'Email', ctx)).toBe(input.trim());
	});
	test.each(['', 'plain', 'a@b', '@b.co', 'a b@c.de', 'a@b@c.de'])('%p is refused', (input) => {
		expect(failure(() => email(input, 'Email', ctx)).message).toMatch(/^Email: must be an email address/);
	});
});

describe("password follows Chatwoot's rules, naming the rule that failed", () => {
	test.each([
		['Ab1!x', 'must be 6 to 128 characters long (it has 5)'],
		[`Ab1!${'x'.repeat(125)}`, 'must be 6 to 128 characters long (it has 129)'],
		['abcdef1!', 'must contain at least one uppercase letter'],
		['ABCDEF1!', 'must contain at least one lowercase letter'],
		['Abcdefg!', 'must contain at least one digit'],
		['Abcdefg1', "must contain at least one special character (one of !@#$%^&*()_+-=[]{}|')"],
		['Abcdef1?', "must contain at least one special character (one of !@#$%^&*()_+-=[]{}|')"],
	])('%p: %s', (input, problem) => {
		expect(passwordProblem(input)).toBe(problem);
		expect(failure(() => password(input, 'Password', ctx)).message).toBe(`Password: ${problem}`);
	});
	test.each(['Passw0rd!', "Ab1'xy", `Ab1|${'x'.repeat(124)}`, 'Pässw0rd{'])('%p is accepted', (input) => {
		expect(password(input, 'Password', ctx)).toBe(input);
	});
	test('the password is never echoed', () => {
		const error = failure(() => password('secretvalue1!', 'Password', ctx));
		expect(JSON.stringify({ m: error.message, d: (error as any).description })).not.toContain('secretvalue1!');
	});
});

describe('jsonObject', () => {
	test('object text and objects pass, empty text is an empty object', () => {
		expect(jsonObject('{"a": 1, "b": {"c": [1]}}', 'Custom Attributes', ctx)).toEqual({ a: 1, b: { c: [1] } });
		expect(jsonObject({ a: 1 }, 'Custom Attributes', ctx)).toEqual({ a: 1 });
		expect(jsonObject('  ', 'Custom Attributes', ctx)).toEqual({});
	});
	test.each([
		['{a: 1}', /^Custom Attributes: is not valid JSON \(/],
		['[1]', /^Custom Attributes: must be a JSON object, got an array$/],
		['null', /^Custom Attributes: must be a JSON object, got null$/],
		['42', /^Custom Attributes: must be a JSON object, got a number$/],
		['"x"', /^Custom Attributes: must be a JSON object, got a string$/],
		[[1, 2], /^Custom Attributes: must be a JSON object, got an array$/],
	])('%p is refused', (input, message) => {
		expect(failure(() => jsonObject(input, 'Custom Attributes', ctx)).message).toMatch(message);
	});
});

describe('lists, options and URLs', () => {
	test('stringList splits, trims and drops empties', () => {
		expect(stringList(' vip, billing ,,', 'Labels', ctx)).toEqual(['vip', 'billing']);
		expect(stringList(['a', ' b '], 'Labels', ctx)).toEqual(['a', 'b']);
	});
	test('integerList checks each entry', () => {
		expect(integerList('1, 2,3', 'Agent IDs', ctx)).toEqual([1, 2, 3]);
		expect(failure(() => integerList('1, x', 'Agent IDs', ctx)).message).toMatch(/^Agent IDs: must be a positive whole number, got "x"/);
	});
	test('oneOf names the allowed values', () => {
		expect(failure(() => oneOf(['open', 'resolved'])('closed', 'Status', ctx)).message).toBe(
			'Status: must be one of open, resolved, got "closed"',
		);
	});
	test('url wants http(s)', () => {
		expect(url('https://x.test/hook', 'URL', ctx)).toBe('https://x.test/hook');
		expect(failure(() => url('x.test/hook', 'URL', ctx)).message).toMatch(/^URL: must be an http\(s\) URL/);
	});
});
