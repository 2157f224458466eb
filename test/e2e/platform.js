'use strict';
/**
 * The first end-to-end checks (Platform App credential, run with `n8n execute`): Platform
 * User > Update with only Update Fields > Email, Platform User > Get, and an update to a
 * taken email whose Chatwoot 422 text must reach the error the user sees.
 */

const crypto = require('node:crypto');
const { isDeepStrictEqual } = require('node:util');
const n8n = require('../../scripts/lib/n8n');
const { chatwoot, inSequence, manualTrigger, workflow } = require('./workflows');

const EXECUTE_TIMEOUT_MS = 2 * 60_000;
const ids = {
	update: n8n.n8nId('e2e-update'),
	get: n8n.n8nId('e2e-get'),
	collision: n8n.n8nId('e2e-collision'),
};

function oneNode(id, name, credential, parameters) {
	return workflow(id, name, [manualTrigger(), chatwoot('ChatWoot', credential, parameters)], inSequence(['Start', 'ChatWoot']));
}

function workflows(env) {
	const credential = env.credentials.platform;
	env.platform = {
		newEmail: `updated-${crypto.randomBytes(4).toString('hex')}@e2e.test`,
		takenEmail: `taken-${crypto.randomBytes(4).toString('hex')}@e2e.test`,
	};
	const { newEmail, takenEmail } = env.platform;
	return [
		oneNode(ids.update, 'e2e: update user email', credential, {
			resource: 'platformUser',
			operation: 'update',
			userId: 1,
			platformUserUpdateFields: { email: newEmail },
		}),
		oneNode(ids.get, 'e2e: get user', credential, { resource: 'platformUser', operation: 'get', userId: 1 }),
		oneNode(ids.collision, 'e2e: update user to a taken email', credential, {
			resource: 'platformUser',
			operation: 'update',
			userId: 1,
			platformUserUpdateFields: { email: takenEmail },
		}),
	];
}

/** The error a failed run shows: the workflow's and the node's, message and description. */
function errorText(execution) {
	const parts = [];
	const collect = (error) => {
		if (!error) return;
		for (const key of ['message', 'description']) if (typeof error[key] === 'string') parts.push(error[key]);
	};
	collect(execution.error);
	for (const nodeRun of execution.run?.data?.resultData?.runData?.ChatWoot || []) collect(nodeRun.error);
	return parts.join('\n');
}

function describeFailure(execution) {
	const why = execution.timedOut ? 'timed out' : `exit ${execution.code}`;
	const output = execution.output.trimEnd().split('\n').slice(-25).join('\n');
	return `${why}; last output:\n${output}`;
}

async function checks(env, t) {
	const { fake, ctx } = env;
	const { newEmail, takenEmail } = env.platform;
	const user1 = () => fake.state.users.find((u) => u.id === 1);
	const originalEmail = user1().email;

	/** Runs a workflow; returns the execution and the requests the fake got meanwhile. */
	async function execute(id, label) {
		const from = fake.requests.length;
		t.progress(`executing "${label}" (n8n execute)`);
		const execution = await n8n.executeWorkflow(ctx, id, { timeoutMs: EXECUTE_TIMEOUT_MS });
		await t.haltIfFinishing();
		t.progress(`"${label}" finished in ${(execution.ms / 1000).toFixed(1)}s (${execution.ok ? 'success' : 'failed'})`);
		if (execution.crashedOnExit) t.progress('  (n8n 1.x crashed on exit after printing the finished execution; known, tolerated)');
		env.cliRuns.push(execution);
		return { execution, requests: fake.requests.slice(from) };
	}

	// (1) Update with only Update Fields > Email.
	const update = await execute(ids.update, 'update user email');
	await t.check('update: one request, PUT /platform/api/v1/users/1, body exactly {"email": <new>}, header api-access-token', () => {
		const puts = update.requests.filter((r) => r.method === 'PUT' && r.path === '/platform/api/v1/users/1');
		t.expect(
			update.requests.length === 1 && puts.length === 1,
			`expected one request, the PUT; got ${JSON.stringify(update.requests.map((r) => `${r.method} ${r.path} ${r.status}`))}`,
		);
		const [put] = puts;
		t.expect(isDeepStrictEqual(put.body, { email: newEmail }), `body was ${JSON.stringify(put.body)}`);
		t.expect(put.headers['api-access-token'] === env.tokens.platform, 'header api-access-token is not the platform token');
		t.expect(put.status === 200, `the fake answered ${put.status}${put.rejected ? ` (${put.rejected})` : ''}`);
		return `fake answered ${put.status}`;
	});
	await t.check('update: the output item is the updated user with the new email', () => {
		t.expect(update.execution.ok, `the execution failed: ${errorText(update.execution) || describeFailure(update.execution)}`);
		const out = n8n.nodeOutput(update.execution.run, 'ChatWoot');
		t.expect(out.length === 1, `expected 1 item, got ${out.length}`);
		t.expect(out[0].id === 1 && out[0].email === newEmail, `item was ${JSON.stringify(out[0]).slice(0, 300)}`);
		t.expect(user1().email === newEmail, `the fake still has ${user1().email}`);
		return `${originalEmail} -> ${out[0].email}`;
	});

	// (2) Get User.
	const get = await execute(ids.get, 'get user');
	await t.check("get: the output item has the user's id and email", () => {
		t.expect(get.execution.ok, `the execution failed: ${errorText(get.execution) || describeFailure(get.execution)}`);
		const out = n8n.nodeOutput(get.execution.run, 'ChatWoot');
		t.expect(out.length === 1, `expected 1 item, got ${out.length}`);
		t.expect(out[0].id === 1 && out[0].email === user1().email, `item was ${JSON.stringify(out[0]).slice(0, 300)}`);
		const gets = get.requests.filter((r) => r.method === 'GET' && r.path === '/platform/api/v1/users/1');
		t.expect(gets.length === 1, `expected one GET /platform/api/v1/users/1, got ${gets.length}`);
		return `id ${out[0].id}, ${out[0].email}`;
	});

	// (3) An update to another user's email: Chatwoot's 422 text in the error.
	const created = await fetch(`${fake.url}/platform/api/v1/users`, {
		method: 'POST',
		headers: { 'api-access-token': env.tokens.platform, 'content-type': 'application/json' },
		body: JSON.stringify({ name: 'Second User', email: takenEmail, password: 'Password1!' }),
	});
	if (created.status !== 200) throw new Error(`could not create the second user in the fake: ${created.status} ${await created.text()}`);
	const collision = await execute(ids.collision, 'update user to a taken email');
	await t.check('collision: the run fails with Chatwoot\'s 422 "Email has already been taken"', () => {
		const put = collision.requests.find((r) => r.method === 'PUT' && r.path === '/platform/api/v1/users/1');
		t.expect(put && put.status === 422, `expected the fake to answer the PUT with 422, got ${put ? put.status : 'no PUT'}`);
		t.expect(!collision.execution.ok, 'the execution succeeded');
		t.expect(collision.execution.code !== 0, `n8n execute exited with ${collision.execution.code}`);
		// Where users see it: the error of the run (the node's error panel). Only when n8n
		// printed no run data at all is the CLI output the place to look.
		const text = collision.execution.run ? errorText(collision.execution) : collision.execution.output;
		t.expect(
			text.includes('Email has already been taken'),
			`the error does not carry Chatwoot's text: ${JSON.stringify(text.slice(0, 400))}`,
		);
		return collision.execution.run ? `error: ${JSON.stringify(collision.execution.error?.message)}` : 'found in the CLI output';
	});
}

module.exports = { title: 'platform', workflows, checks };
