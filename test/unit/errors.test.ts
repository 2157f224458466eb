import { chatwootMessage } from '../../nodes/shared/api/answers';

describe("chatwootMessage finds Chatwoot's own words in its error shapes", () => {
	test.each([
		[{ message: 'Email has already been taken', attributes: ['email'] }, 'Email has already been taken'],
		[{ error: 'Invalid Access Token' }, 'Invalid Access Token'],
		[{ errors: ['You need to sign in or sign up before continuing.'] }, 'You need to sign in or sign up before continuing.'],
		[{ errors: [{ field: 'name', message: "can't be blank" }] }, "name can't be blank"],
		[{ error: { message: 'nested' } }, 'nested'],
		['{"error":"Resource could not be found"}', 'Resource could not be found'],
		['plain text failure', 'plain text failure'],
		['<html><body>502 Bad Gateway</body></html>', undefined],
		[{}, undefined],
		[null, undefined],
	])('%p -> %p', (body, expected) => {
		expect(chatwootMessage(body)).toBe(expected);
	});
});
