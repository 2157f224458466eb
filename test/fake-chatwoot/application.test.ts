// Tests of the fake Chatwoot: application API (/api/v1/accounts/...) and client API
// (/public/api/v1/...). The spec check and the platform API are in fake.test.ts.
import { startFakeChatwoot, FakeChatwoot } from '../../dev/fake-chatwoot';

let fake: FakeChatwoot;

beforeEach(async () => {
	fake = await startFakeChatwoot();
});

afterEach(async () => {
	await fake.close();
});

const USER = 'user-token';
const AGENT = 'agent-token'; // Bob, an agent of account 1 and member of inbox 1 only
const BOT = 'bot-token';
const A = '/api/v1/accounts/1';

interface Answer {
	status: number;
	body: any;
	text: string;
}

async function call(method: string, path: string, json?: unknown, token: string | undefined = USER, form?: FormData): Promise<Answer> {
	const headers: Record<string, string> = {};
	if (token) headers['api-access-token'] = token;
	let body: BodyInit | undefined = form;
	if (json !== undefined) {
		headers['content-type'] = 'application/json';
		body = JSON.stringify(json);
	}
	const res = await fetch(fake.url + path, { method, headers, body });
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : undefined, text };
}

async function createContacts(count: number, prefix: string) {
	for (let i = 1; i <= count; i++) {
		const a = await call('POST', `${A}/contacts`, { inbox_id: 1, name: `${prefix} ${i}`, email: `${prefix.toLowerCase()}${i}@example.test` });
		expect(a.status).toBe(200);
	}
}

describe('contacts', () => {
	it('index: 15 per page, only contacts with email, phone or identifier, current_page as sent', async () => {
		let a = await call('GET', `${A}/contacts`);
		expect(a.body.meta).toEqual({ count: 2, current_page: 1 });
		expect(a.body.payload.map((c: any) => c.name)).toEqual(['Jane Customer', 'John Doe']);
		expect(a.body.payload[0].contact_inboxes[0]).toMatchObject({ source_id: 'jane-api-source', inbox: { id: 1, channel_type: 'Channel::Api' } });

		await createContacts(20, 'Lead');
		a = await call('GET', `${A}/contacts?page=2`);
		expect(a.body.meta).toEqual({ count: 22, current_page: '2' });
		expect(a.body.payload).toHaveLength(7);
		a = await call('GET', `${A}/contacts?page=3`);
		expect(a.body.payload).toEqual([]);
	});

	it('index sorts by name or -last_activity_at', async () => {
		const byName = await call('GET', `${A}/contacts?sort=-name`);
		expect(byName.body.payload.map((c: any) => c.name)).toEqual(['John Doe', 'Jane Customer']);
		const byActivity = await call('GET', `${A}/contacts?sort=-last_activity_at`);
		expect(byActivity.body.payload[0].name).toBe('Jane Customer');
	});

	it('search: q required, a page of 15 with a look-ahead row, count is the page size', async () => {
		expect((await call('GET', `${A}/contacts/search`)).body).toEqual({ error: 'Specify search string with parameter q' });
		await createContacts(20, 'Lead');
		let a = await call('GET', `${A}/contacts/search?q=lead`);
		expect(a.body.meta).toEqual({ count: 15, current_page: 1, has_more: true });
		a = await call('GET', `${A}/contacts/search?q=lead&page=2`);
		expect(a.body.meta).toEqual({ count: 5, current_page: '2', has_more: false });
		expect(a.body.payload[0].contact_inboxes).toHaveLength(1);
	});

	it('create, show, update (attributes merged), delete', async () => {
		const created = await call('POST', `${A}/contacts`, { inbox_id: 1, name: 'Maria', email: 'Maria@Example.test', phone_number: '+4915112345678', custom_attributes: { plan: 'free' } });
		expect(created.status).toBe(200);
		const contact = created.body.payload.contact;
		expect(contact).toMatchObject({ name: 'Maria', email: 'maria@example.test', custom_attributes: { plan: 'free' } });
		expect(created.body.payload.contact_inbox.source_id).toMatch(/^[0-9a-f-]{36}$/);
		expect(created.body.payload.contact_inbox.inbox).toMatchObject({ id: 1, name: 'Acme Support' });

		const updated = await call('PUT', `${A}/contacts/${contact.id}`, { custom_attributes: { seats: 3 }, additional_attributes: { city: 'Berlin' } });
		expect(updated.body.payload).toMatchObject({ custom_attributes: { plan: 'free', seats: 3 }, additional_attributes: { city: 'Berlin' } });
		expect((await call('PATCH', `${A}/contacts/${contact.id}`, { name: 'Maria B' })).body.payload.name).toBe('Maria B');

		expect((await call('GET', `${A}/contacts/${contact.id}`)).body.payload.id).toBe(contact.id);
		const deleted = await call('DELETE', `${A}/contacts/${contact.id}`);
		expect(deleted.status).toBe(200);
		expect(deleted.text).toBe('');
		expect(await call('GET', `${A}/contacts/${contact.id}`)).toMatchObject({ status: 404, body: { error: 'Resource could not be found' } });
	});

	it('422 for taken email, a phone number not in E.164, a taken identifier; 404 for an unknown inbox', async () => {
		let a = await call('POST', `${A}/contacts`, { inbox_id: 1, email: 'JANE@example.test', phone_number: '0151 123' });
		expect(a.status).toBe(422);
		expect(a.body).toEqual({ message: 'Email has already been taken, Phone number should be in e164 format', attributes: ['email', 'phone_number'] });
		a = await call('PUT', `${A}/contacts/2`, { identifier: 'cust-1001' });
		expect(a.body).toEqual({ message: 'Identifier has already been taken', attributes: ['identifier'] });
		a = await call('POST', `${A}/contacts`, { inbox_id: 99, name: 'X' });
		expect(a.status).toBe(404);
	});

	it('labels: the list sent replaces the list stored', async () => {
		expect((await call('GET', `${A}/contacts/1/labels`)).body).toEqual({ payload: ['vip'] });
		expect((await call('POST', `${A}/contacts/1/labels`, { labels: ['billing', 'new'] })).body).toEqual({ payload: ['billing', 'new'] });
		expect((await call('GET', `${A}/contacts/1/labels`)).body).toEqual({ payload: ['billing', 'new'] });
	});

	it('filter, conversations of a contact, contactable inboxes, contact inboxes, merge', async () => {
		const f = await call('POST', `${A}/contacts/filter`, { payload: [{ attribute_key: 'name', filter_operator: 'contains', values: ['john'], query_operator: 'AND' }] });
		expect(f.body.payload.map((c: any) => c.id)).toEqual([2]);
		expect((await call('GET', `${A}/contacts/1/conversations`)).body.payload.map((c: any) => c.id)).toEqual([1, 3]);
		const inboxes = await call('GET', `${A}/contacts/1/contactable_inboxes`);
		expect(inboxes.body.payload.find((x: any) => x.inbox.id === 1).source_id).toBe('jane-api-source');
		const ci = await call('POST', `${A}/contacts/1/contact_inboxes`, { inbox_id: 2, source_id: 'jane-web' });
		expect(ci.body).toMatchObject({ source_id: 'jane-web', inbox: { id: 2 } });
		const merged = await call('POST', `${A}/actions/contact_merge`, { base_contact_id: 1, mergee_contact_id: 2 });
		expect(merged.body).toMatchObject({ id: 1, email: 'jane@example.test' });
		expect((await call('GET', `${A}/contacts/2`)).status).toBe(404);
		expect((await call('GET', `${A}/contacts/1/conversations`)).body.payload).toHaveLength(3);
	});

	it('import: a file as import_file (admins only); none is 422 "File is blank", text in its place is refused', async () => {
		const form = () => {
			const f = new FormData();
			f.append('import_file', new Blob(['name,email\nAda,ada@example.test\n'], { type: 'text/csv' }), 'contacts.csv');
			return f;
		};
		expect((await call('POST', `${A}/contacts/import`, undefined, AGENT, form())).status).toBe(401);
		const a = await call('POST', `${A}/contacts/import`, undefined, USER, form());
		expect([a.status, a.text]).toEqual([200, '']);
		expect(fake.state.contactImports).toEqual([
			{ account_id: 1, data_type: 'contacts', status: 'pending', file_name: 'contacts.csv', mime_type: 'text/csv', data: Buffer.from('name,email\nAda,ada@example.test\n') },
		]);
		const none = await call('POST', `${A}/contacts/import`);
		expect([none.status, none.body]).toEqual([422, { error: 'File is blank' }]);
		const text = await call('POST', `${A}/contacts/import`, { import_file: 'name,email' });
		expect(text.status).toBe(400);
		expect(text.body.error).toMatch(/import_file must be a file/);
	});

	it('export, contact inbox filter and CSAT review notes read the body; the query string is refused', async () => {
		expect((await call('POST', `${A}/contacts/export?label=vip`)).status).toBe(400);
		expect((await call('POST', `${A}/contacts/export`, { column_names: ['name'], label: 'vip' })).status).toBe(200);
		expect(fake.state.contactExports).toEqual([{ account_id: 1, column_names: ['name'], label: 'vip' }]);
		expect((await call('POST', `${A}/contact_inboxes/filter?inbox_id=1&source_id=jane-api-source`)).status).toBe(400);
		const found = await call('POST', `${A}/contact_inboxes/filter`, { inbox_id: 1, source_id: 'jane-api-source' });
		expect([found.status, found.body.id]).toEqual([200, 1]);
		expect((await call('PATCH', `${A}/csat_survey_responses/1/update?csat_review_notes=x`)).status).toBe(400);
	});
});

describe('conversations', () => {
	it('index: status open by default, meta counts, 25 per page', async () => {
		let a = await call('GET', `${A}/conversations`);
		expect(a.body.data.meta).toEqual({ mine_count: 1, assigned_count: 1, unassigned_count: 1, all_count: 2 });
		expect(a.body.data.payload.map((c: any) => c.id)).toEqual([1, 2]);
		const first = a.body.data.payload[0];
		expect(first).toMatchObject({ id: 1, status: 'open', inbox_id: 1, labels: ['billing'], priority: 'high', meta: { channel: 'Channel::Api', sender: { id: 1 }, assignee: { id: 1 } } });
		expect(first.messages).toHaveLength(1);
		a = await call('GET', `${A}/conversations?status=all&assignee_type=me`);
		expect(a.body.data.payload.map((c: any) => c.id)).toEqual([1]);
		expect(a.body.data.meta.all_count).toBe(3);
		a = await call('GET', `${A}/conversations?status=resolved`);
		expect(a.body.data.payload.map((c: any) => c.id)).toEqual([3]);

		for (let i = 0; i < 30; i++) await call('POST', `${A}/conversations`, { source_id: 'jane-api-source' });
		a = await call('GET', `${A}/conversations?page=2`);
		expect(a.body.data.payload).toHaveLength(7);
		expect(a.body.data.meta.all_count).toBe(32);
		expect((await call('GET', `${A}/conversations/meta`)).body).toEqual({ meta: { mine_count: 1, assigned_count: 1, unassigned_count: 31, all_count: 32 } });
	});

	it('create with contact and inbox, with a first message; show; toggle status and priority', async () => {
		const created = await call('POST', `${A}/conversations`, { source_id: 'new-session', contact_id: 2, inbox_id: 1, message: { content: 'Hello John' } });
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({ id: 4, inbox_id: 1, status: 'open', meta: { sender: { id: 2 } } });
		expect(created.body.messages[0]).toMatchObject({ content: 'Hello John', message_type: 1, sender_type: 'User', sender_id: 1 });
		expect((await call('GET', `${A}/conversations/4`)).body.id).toBe(4);
		const toggled = await call('POST', `${A}/conversations/4/toggle_status`, { status: 'pending' });
		expect(toggled.body).toEqual({ meta: {}, payload: { success: true, current_status: 'pending', conversation_id: 4 } });
		expect((await call('POST', `${A}/conversations/4/toggle_priority`, { priority: 'urgent' })).status).toBe(200);
		expect((await call('GET', `${A}/conversations/4`)).body).toMatchObject({ status: 'pending', priority: 'urgent' });
		expect((await call('POST', `${A}/conversations`, { source_id: 'nobody' })).status).toBe(404);
	});

	it('labels replace; custom attributes replace; assignments answer the agent or the team', async () => {
		expect((await call('POST', `${A}/conversations/1/labels`, { labels: ['vip', 'vip', 'bug'] })).body).toEqual({ payload: ['vip', 'bug'] });
		expect((await call('GET', `${A}/conversations/1/labels`)).body).toEqual({ payload: ['vip', 'bug'] });
		await call('POST', `${A}/conversations/1/custom_attributes`, { custom_attributes: { order_id: 'A1' } });
		const attrs = await call('POST', `${A}/conversations/1/custom_attributes`, { custom_attributes: { region: 'EU' } });
		expect(attrs.body).toEqual({ custom_attributes: { region: 'EU' } });
		const agent = await call('POST', `${A}/conversations/2/assignments`, { assignee_id: 2 });
		expect(agent.body).toMatchObject({ id: 2, name: 'Bob Agent', role: 'agent' });
		const team = await call('POST', `${A}/conversations/2/assignments`, { team_id: 1 });
		expect(team.body).toMatchObject({ id: 1, name: 'support' });
		expect((await call('GET', `${A}/conversations/2`)).body.meta).toMatchObject({ assignee: { id: 2 }, team: { id: 1 } });
	});

	it('an agent sees only the conversations of their inboxes and may not do admin things', async () => {
		const a = await call('GET', `${A}/conversations?status=all`, undefined, AGENT);
		expect(a.body.data.payload.map((c: any) => c.id)).toEqual([1, 3]);
		expect((await call('GET', `${A}/conversations/2`, undefined, AGENT)).status).toBe(404);
		const w = await call('POST', `${A}/webhooks`, { url: 'https://x.test/h', subscriptions: ['message_created'] }, AGENT);
		expect(w).toMatchObject({ status: 401, body: { error: 'You are not authorized to do this action' } });
	});
});

describe('messages', () => {
	async function fill(count: number) {
		for (let i = 1; i <= count; i++) await call('POST', `${A}/conversations/2/messages`, { content: `m${i}` });
	}

	it('the latest 20, `before` 20 older, `after` up to 100 newer, oldest first', async () => {
		await fill(44); // 45 messages in conversation 2
		const latest = await call('GET', `${A}/conversations/2/messages`);
		expect(latest.body.payload).toHaveLength(20);
		expect(latest.body.payload[19].content).toBe('m44');
		expect(latest.body.meta).toMatchObject({ labels: [], contact: { id: 2, type: 'contact' } });
		const oldest = latest.body.payload[0].id;
		const older = await call('GET', `${A}/conversations/2/messages?before=${oldest}`);
		expect(older.body.payload).toHaveLength(20);
		expect(older.body.payload[19].id).toBeLessThan(oldest);
		const oldestOfAll = await call('GET', `${A}/conversations/2/messages?before=${older.body.payload[0].id}`);
		expect(oldestOfAll.body.payload).toHaveLength(5);
		expect(oldestOfAll.body.payload[0].content).toBe('Do you ship to Canada?');
		const newer = await call('GET', `${A}/conversations/2/messages?after=${oldestOfAll.body.payload[0].id}`);
		expect(newer.body.payload).toHaveLength(44);
	});

	it('create as user, as bot (sender AgentBot) and as incoming; delete marks it deleted', async () => {
		const mine = await call('POST', `${A}/conversations/1/messages`, { content: 'Hi', private: true });
		expect(mine.body).toMatchObject({ content: 'Hi', private: true, message_type: 1, conversation_id: 1, sender: { id: 1, type: 'user' } });
		const bot = await call('POST', `${A}/conversations/1/messages`, { content: 'Beep' }, BOT);
		expect(bot.body).toMatchObject({ sender_type: 'AgentBot', sender_id: 1, sender: { type: 'agent_bot' } });
		const incoming = await call('POST', `${A}/conversations/1/messages`, { content: 'From the customer', message_type: 'incoming' });
		expect(incoming.body).toMatchObject({ message_type: 0, sender_type: 'Contact', sender_id: 1 });
		const deleted = await call('DELETE', `${A}/conversations/1/messages/${mine.body.id}`);
		expect(deleted.body).toMatchObject({ content: 'This message was deleted', content_attributes: { deleted: true } });
	});

	it('input_select without items is refused (422)', async () => {
		const a = await call('POST', `${A}/conversations/1/messages`, { content: 'Pick', content_type: 'input_select', content_attributes: {} });
		expect(a.status).toBe(422);
		expect(a.body.error).toContain('items');
		const ok = await call('POST', `${A}/conversations/1/messages`, { content: 'Pick', content_type: 'input_select', content_attributes: { items: [{ title: 'A', value: 'a' }] } });
		expect(ok.status).toBe(200);
	});

	it('multipart attachments are stored and served back at their data_url', async () => {
		const form = new FormData();
		form.append('content', 'Invoice attached');
		form.append('attachments[]', new Blob(['%PDF-1.4 bytes'], { type: 'application/pdf' }), 'invoice.pdf');
		form.append('attachments[]', new Blob(['PNG bytes'], { type: 'image/png' }), 'photo.png');
		const a = await call('POST', `${A}/conversations/1/messages`, undefined, USER, form);
		expect(a.status).toBe(200);
		expect(a.body.attachments).toHaveLength(2);
		const [pdf, png] = a.body.attachments;
		expect(pdf).toMatchObject({ file_type: 'file', extension: 'pdf', file_size: 14, message_id: a.body.id });
		expect(png).toMatchObject({ file_type: 'image', extension: 'png' });
		const download = await fetch(pdf.data_url);
		expect(download.status).toBe(200);
		expect(download.headers.get('content-type')).toBe('application/pdf');
		expect(await download.text()).toBe('%PDF-1.4 bytes');
		const listed = await call('GET', `${A}/conversations/1/messages`);
		expect(listed.body.payload.at(-1).attachments).toHaveLength(2);
	});
});

describe('account resources', () => {
	it('webhooks: wrapped in payload, with a secret; the server events beyond the spec enum are accepted', async () => {
		const created = await call('POST', `${A}/webhooks`, { url: 'https://n8n.test/webhook/abc', name: 'n8n', subscriptions: ['message_created', 'conversation_typing_on'] });
		expect(created.status).toBe(200);
		expect(created.body.payload.webhook).toMatchObject({ id: 1, url: 'https://n8n.test/webhook/abc', name: 'n8n', account_id: 1, subscriptions: ['message_created', 'conversation_typing_on'] });
		expect(created.body.payload.webhook.secret).toMatch(/^\w{24}$/);
		expect((await call('GET', `${A}/webhooks`)).body).toEqual({ payload: { webhooks: [created.body.payload.webhook] } });
		const updated = await call('PATCH', `${A}/webhooks/1`, { subscriptions: ['contact_created'] });
		expect(updated.body.payload.webhook.subscriptions).toEqual(['contact_created']);
		const unknown = await call('POST', `${A}/webhooks`, { url: 'https://n8n.test/2', subscriptions: ['message_deleted'] });
		expect(unknown.status).toBe(400);
		expect(unknown.body.error).toContain('body.subscriptions.0 must be one of');
		expect((await call('POST', `${A}/webhooks`, { url: 'not a url', subscriptions: ['message_created'] })).body).toEqual({ message: 'Url is invalid', attributes: ['url'] });
		expect((await call('DELETE', `${A}/webhooks/1`)).status).toBe(200);
		expect((await call('GET', `${A}/webhooks`)).body).toEqual({ payload: { webhooks: [] } });
	});

	it('inboxes and inbox members', async () => {
		const list = await call('GET', `${A}/inboxes`);
		expect(list.body.payload.map((i: any) => i.name)).toEqual(['Acme Support', 'Acme Website']);
		expect((await call('GET', `${A}/inboxes`, undefined, AGENT)).body.payload.map((i: any) => i.id)).toEqual([1]);
		const created = await call('POST', `${A}/inboxes`, { name: 'Widget', channel: { type: 'web_widget', website_url: 'https://shop.test' } });
		expect(created.body).toMatchObject({ id: 3, name: 'Widget', channel_type: 'Channel::WebWidget', website_url: 'https://shop.test' });
		const bad = await call('POST', `${A}/inboxes`, { name: 'Widget', channel: { type: 'web_widget' } });
		expect(bad.body).toEqual({ message: "Website url can't be blank", attributes: ['website_url'] });
		const members = await call('POST', `${A}/inbox_members`, { inbox_id: 3, user_ids: [2] });
		expect(members.body.payload.map((u: any) => u.id)).toEqual([2]);
		const replaced = await call('PATCH', `${A}/inbox_members`, { inbox_id: '3', user_ids: [1] });
		expect(replaced.body.payload.map((u: any) => u.id)).toEqual([1]);
		expect((await call('DELETE', `${A}/inbox_members`, { inbox_id: '3', user_ids: [1] })).status).toBe(200);
		expect((await call('GET', `${A}/inbox_members/3`)).body).toEqual({ payload: [] });
		expect((await call('POST', `${A}/inboxes/3/set_agent_bot`, { agent_bot: 2 })).status).toBe(200);
		expect((await call('GET', `${A}/inboxes/3/agent_bot`)).body.agent_bot).toMatchObject({ id: 2, name: 'Triage Bot' });
	});

	it('teams and team members; labels; canned responses', async () => {
		const team = await call('POST', `${A}/teams`, { name: 'Sales', description: 'Closers' });
		expect(team.body).toMatchObject({ id: 2, name: 'sales', is_member: false });
		expect((await call('POST', `${A}/teams`, { name: 'SALES' })).body).toEqual({ message: 'Name has already been taken', attributes: ['name'] });
		expect((await call('POST', `${A}/teams/2/team_members`, { user_ids: [1, 2] })).body.map((u: any) => u.id)).toEqual([1, 2]);
		expect((await call('GET', `${A}/teams/2`)).body.is_member).toBe(true);
		expect((await call('DELETE', `${A}/teams/2/team_members`, { user_ids: [2] })).status).toBe(200);
		expect((await call('GET', `${A}/teams/2/team_members`)).body.map((u: any) => u.id)).toEqual([1]);

		const label = await call('POST', `${A}/labels`, { title: 'Hot-Lead', color: '#00FF00' });
		expect(label.body).toMatchObject({ id: 4, title: 'hot-lead', color: '#00FF00' });
		expect((await call('POST', `${A}/labels`, { title: 'two words' })).body).toEqual({ message: 'Title is invalid', attributes: ['title'] });
		expect((await call('GET', `${A}/labels`)).body.payload).toHaveLength(4);

		const canned = await call('POST', `${A}/canned_responses`, { short_code: 'bye', content: 'Goodbye!' });
		expect(canned.body).toMatchObject({ id: 2, short_code: 'bye', content: 'Goodbye!', account_id: 1 });
		expect((await call('POST', `${A}/canned_responses`, { short_code: 'bye', content: 'x' })).status).toBe(422);
		expect((await call('GET', `${A}/canned_responses`)).body).toHaveLength(2);
	});

	it('agents, custom attributes, custom filters, automation rules, portals', async () => {
		const agent = await call('POST', `${A}/agents`, { name: 'Carol', email: 'carol@acme.test', role: 'agent' });
		expect(agent.body).toMatchObject({ name: 'Carol', email: 'carol@acme.test', role: 'agent', confirmed: false, account_id: 1 });
		expect((await call('PATCH', `${A}/agents/${agent.body.id}`, { role: 'administrator' })).body.role).toBe('administrator');
		expect((await call('GET', `${A}/agents`)).body).toHaveLength(3);

		const attr = await call('POST', `${A}/custom_attribute_definitions`, { attribute_display_name: 'Tier', attribute_key: 'tier', attribute_display_type: 6, attribute_model: 1, attribute_values: ['a', 'b'] });
		expect(attr.body).toMatchObject({ attribute_key: 'tier', attribute_display_type: 'list', attribute_model: 'contact_attribute' });
		expect((await call('GET', `${A}/custom_attribute_definitions?attribute_model=1`)).body.map((d: any) => d.attribute_key)).toEqual(['plan', 'tier']);
		expect((await call('GET', `${A}/custom_attribute_definitions`)).status).toBe(400); // attribute_model is required

		// Rails keeps only the model's columns of a wrapped body: the spec's `type` would be
		// lost, so the fake refuses it; filter_type is the column
		const dropped = await call('POST', `${A}/custom_filters`, { name: 'Mine', type: 'contact', query: { payload: [] } });
		expect(dropped.status).toBe(400);
		expect(dropped.body.error).toMatch(/^fake-chatwoot: body\.type is not permitted by the server \(api\/v1\/accounts\/custom_filters#create/);
		const filter = await call('POST', `${A}/custom_filters`, { name: 'Mine', filter_type: 'contact', query: { payload: [] } });
		expect(filter.body).toMatchObject({ name: 'Mine', filter_type: 'contact' });
		expect((await call('GET', `${A}/custom_filters?filter_type=contact`)).body).toMatchObject([{ name: 'Mine' }]);

		const rule = await call('POST', `${A}/automation_rules`, { name: 'R', event_name: 'conversation_created', conditions: [{}], actions: [{}] });
		expect(rule.body.payload).toMatchObject({ name: 'R', event_name: 'conversation_created', active: true });
		expect((await call('GET', `${A}/automation_rules`)).body.payload).toHaveLength(2);

		const portal = await call('POST', `${A}/portals`, { name: 'Docs', slug: 'docs' });
		expect(portal.body).toMatchObject({ name: 'Docs', slug: 'docs' });
		expect((await call('PATCH', `${A}/portals/docs`, { name: 'Docs 2' })).body.name).toBe('Docs 2');
		expect((await call('POST', `${A}/portals/docs/categories`, { name: 'FAQ', slug: 'faq' })).body.payload).toMatchObject({ name: 'FAQ' });
		expect((await call('GET', `${A}/portals`)).body.meta).toEqual({ current_page: 1, portals_count: 2 });
	});

	it('account details and update', async () => {
		expect((await call('GET', A)).body).toMatchObject({ id: 1, name: 'Acme', locale: 'en', status: 'active' });
		const updated = await call('PATCH', A, { name: 'Acme Inc', auto_resolve_after: 1440, timezone: 'Europe/Berlin' });
		expect(updated.body).toMatchObject({ name: 'Acme Inc', settings: { auto_resolve_after: 1440 }, custom_attributes: { timezone: 'Europe/Berlin' } });
	});

	it('operations without state answer a plausible 200 after the spec check', async () => {
		const a = await call('GET', `/api/v2/accounts/1/reports/summary?type=account&since=1700000000`);
		expect(a.status).toBe(200);
		expect(a.body).toEqual(expect.objectContaining({ conversations_count: expect.any(Number) }));
	});
});

describe('client API', () => {
	const P = '/public/api/v1/inboxes/acme-api-inbox';

	it('a contact starts a conversation and writes; agents see it', async () => {
		expect((await call('GET', P, undefined, undefined)).body).toMatchObject({ identifier: 'acme-api-inbox', name: 'Acme Support' });
		const contact = await call('POST', `${P}/contacts`, { name: 'Visitor', email: 'visitor@example.test' }, undefined);
		expect(contact.status).toBe(200);
		expect(contact.body).toMatchObject({ name: 'Visitor', email: 'visitor@example.test' });
		const source = contact.body.source_id;
		expect((await call('GET', `${P}/contacts/${source}`, undefined, undefined)).body.id).toBe(contact.body.id);

		const conversation = await call('POST', `${P}/contacts/${source}/conversations`, { custom_attributes: { topic: 'returns' } }, undefined);
		expect(conversation.body).toMatchObject({ id: 4, status: 'open', inbox_id: 1, messages: [] });
		const path = `${P}/contacts/${source}/conversations/${conversation.body.id}`;
		const message = await call('POST', `${path}/messages`, { content: 'Can I return this?', echo_id: 'e1' }, undefined);
		expect(message.body).toMatchObject({ content: 'Can I return this?', message_type: 0, conversation_id: 4, sender: { type: 'contact' } });
		expect((await call('GET', `${path}/messages`, undefined, undefined)).body).toHaveLength(1);
		// the spec wants typing_status twice: as required query parameter and in a required body
		expect((await call('POST', `${path}/toggle_typing?typing_status=on`, { typing_status: 'on' }, undefined)).status).toBe(200);
		expect((await call('POST', `${path}/toggle_typing`, { typing_status: 'on' }, undefined)).status).toBe(400);

		const seen = await call('GET', `${A}/conversations/4`);
		expect(seen.body).toMatchObject({ id: 4, custom_attributes: { topic: 'returns' }, meta: { sender: { name: 'Visitor' } } });
		expect((await call('POST', `${path}/toggle_status`, undefined, undefined)).body.status).toBe('resolved');
	});

	it('unknown identifiers are 404; only API-channel inboxes take part', async () => {
		expect((await call('GET', '/public/api/v1/inboxes/nope', undefined, undefined)).status).toBe(404);
		expect((await call('GET', '/public/api/v1/inboxes/acme-website-token', undefined, undefined)).status).toBe(404);
		expect((await call('GET', `${P}/contacts/nobody`, undefined, undefined)).status).toBe(404);
	});
});

describe('options', () => {
	it('pageDelayMs slows down paged lists only', async () => {
		const slow = await startFakeChatwoot({ pageDelayMs: 200 });
		try {
			const headers = { 'api-access-token': USER };
			let t = Date.now();
			await fetch(`${slow.url}${A}/contacts`, { headers });
			expect(Date.now() - t).toBeGreaterThanOrEqual(190);
			t = Date.now();
			await fetch(`${slow.url}${A}/labels`, { headers });
			expect(Date.now() - t).toBeLessThan(190);
		} finally {
			await slow.close();
		}
	});
});
