'use strict';
/**
 * The fake Chatwoot (dev/fake-chatwoot) in its own process, so that its work (spec check,
 * ajv, views) does not share an event loop with the client being measured. Driven over IPC:
 *   { cmd: 'reset' }                    clear recorded requests, restore the seed
 *   { cmd: 'contacts', count }          seed `count` listable contacts into account 1
 *   { cmd: 'stats' }                    { requests, rejected, statuses, firstRejection }
 * Answers { id, ok, result } to each message; sends { ready, url } once listening.
 *
 * One override for the Return All rows (the fake's `handlers` option): the fake's contact index sorts all contacts on every
 * page request (O(n log n) per page; 50,000 contacts make that the whole cost). Here the
 * sorted list is computed once per seed and each page is cut from it, with the fake's own
 * view and answer shape, so the rows measure the client, not the fake.
 */
const { startFakeChatwoot } = require('../../dev/fake-chatwoot');
const views = require('../../dev/fake-chatwoot/views/application');
const { newContact } = require('../../dev/fake-chatwoot/seed');

const TOKENS = { platform: 'bench-platform-token', user: 'bench-user-token', bot: 'bench-bot-token' };
const PER_PAGE = 15; // Chatwoot's contacts page size

let sortedContacts; // account 1's listable contacts in id order, or undefined (use the fake's handler)

/** Contact list pages cut from the list sorted once per seed (the fake's own view and answer shape). */
function contactList(ctx, builtIn) {
	if (!sortedContacts || ctx.account.id !== 1 || ctx.query.sort) return builtIn();
	const page = Math.max(1, parseInt(ctx.query.page, 10) || 1);
	return {
		status: 200,
		body: {
			meta: { count: sortedContacts.length, current_page: ctx.query.page ?? 1 },
			payload: sortedContacts.slice((page - 1) * PER_PAGE, page * PER_PAGE).map((c) => views.contact(ctx.state, c, true)),
		},
	};
}

async function main() {
	const fake = await startFakeChatwoot({ tokens: TOKENS, handlers: { contactList } });
	const commands = {
		reset() {
			fake.reset();
			sortedContacts = undefined;
		},
		/** Seeds contacts until account 1 lists exactly `count` (the seed already has a few). */
		contacts({ count }) {
			const now = new Date();
			const state = fake.state;
			const listed = state.contacts.filter((c) => c.account_id === 1 && (c.email || c.phone_number || c.identifier)).length;
			for (let i = 0; i < count - listed; i++) {
				state.contacts.push(newContact(state, { account_id: 1, name: `Bench Contact ${i}`, email: `contact${i}@bench.test` }, now));
			}
			sortedContacts = state.contacts
				.filter((c) => c.account_id === 1 && (c.email || c.phone_number || c.identifier))
				.sort((a, b) => a.id - b.id);
			return sortedContacts.length;
		},
		stats() {
			const statuses = {};
			let rejected = 0;
			let firstRejection;
			for (const r of fake.requests) {
				statuses[r.status] = (statuses[r.status] ?? 0) + 1;
				if (r.rejected) {
					rejected++;
					firstRejection ??= `${r.method} ${r.path}: ${r.rejected}`;
				}
			}
			const bodies = fake.requests.slice(0, 2).map((r) => ({ method: r.method, path: r.path, body: r.body }));
			return { requests: fake.requests.length, rejected, statuses, firstRejection, bodies };
		},
	};
	process.on('message', async (message) => {
		try {
			const result = await commands[message.cmd](message);
			process.send({ id: message.id, ok: true, result });
		} catch (error) {
			process.send({ id: message.id, ok: false, error: String(error && error.stack) });
		}
	});
	process.on('disconnect', () => process.exit(0));
	process.send({ ready: true, url: fake.url, tokens: TOKENS });
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
