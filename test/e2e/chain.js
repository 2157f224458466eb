'use strict';
/**
 * Issue 3: a five-node chain with a User token, run from the editor's "Execute workflow"
 * (REST manual run) in a real n8n. Manual Trigger → Contact Create (inbox 1) → Conversation
 * Create (contact from `{{$json.id}}` of the contact the node output, its source ID from the
 * contact inbox Chatwoot made) → Message Create → Conversation Toggle Status (pending) →
 * Message Get Many (Return All).
 *
 * Checked: the exact requests the fake Chatwoot received (order, paths, query, bodies,
 * token header), what it holds afterwards (contact, conversation with the new status,
 * message) and the final node's output items.
 */

const crypto = require('node:crypto');
const { isDeepStrictEqual } = require('node:util');
const n8n = require('../../scripts/lib/n8n');
const { byId, chatwoot, inSequence, manualTrigger, workflow } = require('./workflows');
const { items, runError } = require('./server');

const ID = n8n.n8nId('e2e-chain');
const NODES = ['Start', 'Create Contact', 'Create Conversation', 'Create Message', 'Set Pending', 'Get Messages'];

function workflows(env) {
	const cred = env.credentials.user;
	const suffix = crypto.randomBytes(4).toString('hex');
	env.chain = {
		name: `E2E Chain ${suffix}`,
		email: `chain-${suffix}@e2e.test`,
		content: `Hello from the chain ${suffix}`,
	};
	const { name, email, content } = env.chain;
	return [
		workflow(ID, 'e2e: contact → conversation → message → status → messages', [
			manualTrigger(),
			chatwoot('Create Contact', cred, {
				resource: 'contact',
				operation: 'create',
				contactInbox: byId(1),
				contactAdditionalFields: { name, email },
			}),
			chatwoot('Create Conversation', cred, {
				resource: 'conversation',
				operation: 'create',
				sourceId: '={{ $json.contact_inboxes[0].source_id }}',
				conversationAdditionalFields: { inbox_id: byId(1), contact_id: byId('={{ $json.id }}') },
			}),
			chatwoot('Create Message', cred, {
				resource: 'message',
				operation: 'create',
				messageConversation: byId('={{ $json.id }}'),
				messageContent: content,
				messageAdditionalFields: {},
			}),
			chatwoot('Set Pending', cred, {
				resource: 'conversation',
				operation: 'toggleStatus',
				conversation: byId('={{ $json.conversation_id }}'),
				status: 'pending',
			}),
			chatwoot('Get Messages', cred, {
				resource: 'message',
				operation: 'getAll',
				messageConversation: byId("={{ $('Create Conversation').item.json.id }}"),
				messageReturnAll: true,
			}),
		], inSequence(NODES)),
	];
}

async function checks(env, t) {
	const { fake, api } = env;
	const { name, email, content } = env.chain;
	const from = fake.requests.length;
	t.progress('chain: running the workflow (REST manual run)');
	const execution = await api.tryRunManually(ID, { triggerToStartFrom: { name: 'Start' } });
	const requests = fake.requests.slice(from);
	const data = execution.data;
	const ok = execution.status === 'success';

	// What the fake made, found by the unique email: the ids the requests must carry.
	const contact = fake.state.contacts.find((c) => c.email === email);
	const contactInbox = contact && fake.state.contactInboxes.find((ci) => ci.contact_id === contact.id && ci.inbox_id === 1);
	const conversation = contact && fake.state.conversations.find((c) => c.contact_id === contact.id);
	const messages = conversation ? fake.state.messages.filter((m) => m.conversation_id === conversation.id) : [];
	const message = messages.find((m) => m.content === content);

	await t.check('chain: the workflow runs to the end without error', () => {
		t.expect(ok, `status ${execution.status}: ${runError(data)}`);
		const ran = NODES.filter((node) => data.resultData.runData[node]);
		t.expect(ran.length === NODES.length, `only these nodes ran: ${ran.join(', ')}`);
		return `execution ${execution.id}`;
	});

	await t.check('chain: the fake received exactly the six requests, in order, with the expected bodies and the user token', () => {
		t.expect(contact && contactInbox && conversation && message, `the fake holds ${JSON.stringify({ contact: !!contact, contactInbox: !!contactInbox, conversation: !!conversation, message: !!message })}`);
		const base = '/api/v1/accounts/1';
		const conv = `${base}/conversations/${conversation.display_id}`;
		const expected = [
			['POST', `${base}/contacts`, {}, { inbox_id: 1, name, email }],
			['POST', `${base}/conversations`, {}, { source_id: contactInbox.source_id, inbox_id: 1, contact_id: contact.id }],
			['POST', `${conv}/messages`, {}, { content }],
			['POST', `${conv}/toggle_status`, {}, { status: 'pending' }],
			['GET', `${conv}/messages`, {}, undefined],
			// Return All walks back with the `before` cursor until a page is empty.
			['GET', `${conv}/messages`, { before: String(message.id) }, undefined],
		];
		const got = requests.map((r) => [r.method, r.path, r.query, r.body]);
		t.expect(isDeepStrictEqual(got, expected), `expected ${JSON.stringify(expected)}\n  got ${JSON.stringify(got)}`);
		const bad = requests.filter((r) => r.status !== 200 || r.headers['api-access-token'] !== env.tokens.user);
		t.expect(bad.length === 0, `not answered 200 or without the user token: ${bad.map((r) => `${r.method} ${r.path} ${r.status} ${r.rejected ?? ''}`).join('; ')}`);
		return requests.map((r) => `${r.method} ${r.path.replace(base, '')}${r.query.before ? `?before=${r.query.before}` : ''}`).join(', ');
	});

	await t.check('chain: the fake holds the contact, the conversation (inbox 1, status pending) and the message', () => {
		t.expect(contact && contact.name === name, `contact ${JSON.stringify(contact)}`);
		t.expect(conversation && message, `conversation ${conversation?.display_id}, message ${message?.id}`);
		t.expect(conversation.inbox_id === 1 && conversation.status === 'pending', `conversation inbox ${conversation.inbox_id}, status ${conversation.status}`);
		t.expect(messages.length === 1, `the conversation has ${messages.length} messages`);
		t.expect(message.message_type === 'outgoing', `message_type ${message.message_type}`);
		t.expect(message.sender_type === 'User' && message.sender_id === 1, `sender ${message.sender_type} ${message.sender_id}`);
		return `contact ${contact.id}, conversation ${conversation.display_id} pending, message ${message.id}`;
	});

	await t.check("chain: each node's output is the record itself (Contact Create gives the contact, not Chatwoot's payload wrapper)", () => {
		t.expect(ok, 'the run failed');
		const one = (node) => {
			const out = items(data, node);
			t.expect(out.length === 1, `${node}: ${out.length} items`);
			return out[0].json;
		};
		const c = one('Create Contact');
		t.expect(c.id === contact.id && c.email === email && !('payload' in c), `Create Contact: ${JSON.stringify(c).slice(0, 200)}`);
		const v = one('Create Conversation');
		t.expect(v.id === conversation.display_id && v.inbox_id === 1, `Create Conversation: ${JSON.stringify(v).slice(0, 200)}`);
		const m = one('Create Message');
		t.expect(m.id === message.id && m.content === content, `Create Message: ${JSON.stringify(m).slice(0, 200)}`);
		const s = one('Set Pending');
		t.expect(s.current_status === 'pending' && s.conversation_id === conversation.display_id, `Set Pending: ${JSON.stringify(s)}`);
		return 'contact, conversation, message, status';
	});

	await t.check("chain: Get Many's output is the conversation's one message, one item", () => {
		t.expect(ok, 'the run failed');
		const out = items(data, 'Get Messages').map((item) => item.json);
		t.expect(out.length === 1, `expected 1 item, got ${out.length}: ${JSON.stringify(out.map((m) => m.id))}`);
		t.expect(out[0].id === message.id && out[0].content === content && out[0].conversation_id === conversation.display_id, `item ${JSON.stringify(out[0]).slice(0, 300)}`);
		return `message ${out[0].id}: "${out[0].content}"`;
	});
}

module.exports = { title: 'chain', workflows, checks };
