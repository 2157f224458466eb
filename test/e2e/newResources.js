'use strict';
/**
 * The resources beyond Chatwoot's spec, in a real n8n: one workflow (REST manual run, User
 * token) with one operation of each: Macro > Create, Contact Note > Create, Campaign > Get
 * Many, Search > Search Messages, CSAT Response > Get Many, Captain > Get Preferences, SLA
 * Policy > Create, Applied SLA > Get Many, Company > Create (the last three Enterprise).
 *
 * Checked: the one request each node sent (method, path, body where it writes), each answered
 * 2xx by the fake (which holds them to the server's permitted parameters), and the records the
 * create operations output.
 */

const crypto = require('node:crypto');
const { isDeepStrictEqual } = require('node:util');
const n8n = require('../../scripts/lib/n8n');
const { byId, chatwoot, inSequence, manualTrigger, workflow } = require('./workflows');
const { items, runError } = require('./server');

const ID = n8n.n8nId('e2e-new-resources');
const A = '/api/v1/accounts/1';

/** Each node: its parameters and the one request it must send. */
function steps(names) {
	return [
		{
			node: 'Create Macro',
			parameters: {
				resource: 'macro',
				operation: 'create',
				macroName: names.macro,
				macroVisibility: 'global',
				macroActions: { action: [{ action_name: 'add_label', action_params: 'vip' }] },
			},
			request: ['POST', `${A}/macros`, { name: names.macro, visibility: 'global', actions: [{ action_name: 'add_label', action_params: ['vip'] }] }],
			output: (json) => json.name === names.macro,
		},
		{
			node: 'Create Contact Note',
			parameters: { resource: 'contactNote', operation: 'create', contactNoteContact: byId(1), contactNoteContent: names.note },
			request: ['POST', `${A}/contacts/1/notes`, { note: { content: names.note } }],
			output: (json) => json.content === names.note,
		},
		{
			node: 'Get Campaigns',
			parameters: { resource: 'campaign', operation: 'getAll', campaignReturnAll: true },
			request: ['GET', `${A}/campaigns`],
		},
		{
			node: 'Search Messages',
			parameters: { resource: 'search', operation: 'searchMessages', searchTerm: 'invoice', searchReturnAll: false, searchLimit: 5 },
			request: ['GET', `${A}/search/messages`],
		},
		{
			node: 'Get CSAT Responses',
			parameters: { resource: 'csatResponse', operation: 'getAll', csatResponseReturnAll: true },
			request: ['GET', `${A}/csat_survey_responses`],
		},
		{
			node: 'Get Captain Preferences',
			parameters: { resource: 'captain', operation: 'getPreferences' },
			request: ['GET', `${A}/captain/preferences`],
		},
		{
			node: 'Create SLA Policy',
			parameters: { resource: 'slaPolicy', operation: 'create', slaPolicyName: names.sla, slaPolicyAdditionalFields: {} },
			request: ['POST', `${A}/sla_policies`, { name: names.sla }],
			output: (json) => json.name === names.sla,
		},
		{
			node: 'Get Applied SLAs',
			parameters: { resource: 'appliedSla', operation: 'getAll', appliedSlaReturnAll: true },
			request: ['GET', `${A}/applied_slas`],
		},
		{
			node: 'Create Company',
			parameters: { resource: 'company', operation: 'create', companyName: names.company, companyAdditionalFields: {} },
			request: ['POST', `${A}/companies`, { name: names.company }],
			output: (json) => json.name === names.company,
		},
	];
}

function workflows(env) {
	const suffix = crypto.randomBytes(4).toString('hex');
	const names = { macro: `E2E macro ${suffix}`, note: `Called back ${suffix}`, sla: `E2E SLA ${suffix}`, company: `E2E Company ${suffix}` };
	env.newResources = { names, steps: steps(names) };
	// Once per node, and on even when a list is empty: every node runs and sends its request.
	const nodes = env.newResources.steps.map((step) =>
		chatwoot(step.node, env.credentials.user, step.parameters, { executeOnce: true, alwaysOutputData: true }),
	);
	return [workflow(ID, 'e2e: one operation of each resource beyond the spec', [manualTrigger(), ...nodes], inSequence(['Start', ...nodes.map((n) => n.name)]))];
}

async function checks(env, t) {
	const { fake, api } = env;
	const { steps: all } = env.newResources;
	const from = fake.requests.length;
	t.progress('new resources: running the workflow (REST manual run)');
	const execution = await api.tryRunManually(ID, { triggerToStartFrom: { name: 'Start' } });
	const requests = fake.requests.slice(from);
	const data = execution.data;

	await t.check('new resources: the workflow runs to the end, every node once', () => {
		t.expect(execution.status === 'success', `status ${execution.status}: ${runError(data)}`);
		const ran = all.filter((step) => data.resultData.runData[step.node]);
		t.expect(ran.length === all.length, `only these nodes ran: ${ran.map((s) => s.node).join(', ')}`);
		return `execution ${execution.id}, ${all.length} nodes`;
	});

	await t.check('new resources: one request per node, in order, with the exact bodies, each answered 2xx with the user token', () => {
		const got = requests.map((r) => [r.method, r.path, ...(r.body === undefined ? [] : [r.body])]);
		const expected = all.map((step) => step.request);
		t.expect(isDeepStrictEqual(got, expected), `expected ${JSON.stringify(expected)}\n  got ${JSON.stringify(got)}`);
		const bad = requests.filter((r) => r.status < 200 || r.status >= 300 || r.headers['api-access-token'] !== env.tokens.user);
		t.expect(bad.length === 0, bad.map((r) => `${r.method} ${r.path} ${r.status} ${r.rejected ?? ''}`).join('; '));
		return requests.map((r) => `${r.method} ${r.path.replace(A, '')}`).join(', ');
	});

	await t.check('new resources: each create operation outputs the record it made', () => {
		for (const step of all.filter((s) => s.output)) {
			const out = items(data, step.node).map((item) => item.json);
			t.expect(out.length === 1 && step.output(out[0]), `${step.node}: ${JSON.stringify(out).slice(0, 300)}`);
		}
		return all
			.filter((s) => s.output)
			.map((s) => s.node)
			.join(', ');
	});
}

module.exports = { title: 'new resources', workflows, checks };
