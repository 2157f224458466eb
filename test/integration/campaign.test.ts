/** Campaign: ongoing website and one-off SMS campaigns (routes the spec leaves out), against the fake. */
import { runNode } from '../helpers/engine';
import { byId, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { newInbox } = require('../../dev/fake-chatwoot/seed');

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'campaign' });

const CAMPAIGNS = '/api/v1/accounts/1/campaigns';

/** An SMS inbox (id 3): its campaigns are one-off. */
function addSmsInbox() {
	ctx.fake.state.inboxes.push(newInbox(ctx.fake.state, { account_id: 1, name: 'Acme SMS', channel_type: 'Channel::Sms' }, new Date()));
}

/** Campaign 1: an ongoing campaign of the website inbox (2). */
async function addWebsiteCampaign() {
	await run({ operation: 'create', campaignTitle: 'Pricing help', campaignInbox: byId(2), campaignMessage: 'Questions about our plans?' });
	ctx.fake.requests.length = 0;
}

const websiteCampaign = {
	id: 1,
	title: 'Pricing help',
	description: null,
	account_id: 1,
	inbox: expect.objectContaining({ id: 2, name: 'Acme Website', channel_type: 'Channel::WebWidget' }),
	sender: {},
	message: 'Questions about our plans?',
	template_params: {},
	campaign_status: 'active',
	enabled: true,
	campaign_type: 'ongoing',
	trigger_rules: {},
	trigger_only_during_business_hours: false,
	created_at: expect.any(String),
	updated_at: expect.any(String),
};

describe('Campaign', () => {
	test('Create (website): the campaign under campaign, trigger rules built from Page URL and Time on Page', async () => {
		const { items } = await run({
			operation: 'create',
			campaignTitle: 'Pricing help',
			campaignInbox: byId(2),
			campaignMessage: 'Questions about our plans?',
			campaignAdditionalFields: { url: 'https://acme.test/pricing', time_on_page: 15, trigger_only_during_business_hours: true, sender_id: byId(1) },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', CAMPAIGNS, {
				campaign: {
					title: 'Pricing help',
					inbox_id: 2,
					message: 'Questions about our plans?',
					sender_id: 1,
					trigger_only_during_business_hours: true,
					trigger_rules: { url: 'https://acme.test/pricing', time_on_page: 15 },
				},
			}),
		]);
		expect(items.map((i) => i.json)).toEqual([
			{
				...websiteCampaign,
				sender: expect.objectContaining({ id: 1, email: 'alice@acme.test' }),
				trigger_rules: { url: 'https://acme.test/pricing', time_on_page: 15 },
				trigger_only_during_business_hours: true,
			},
		]);
	});

	test('Create (SMS): a one-off campaign to labels, at a scheduled time', async () => {
		addSmsInbox();
		const { items } = await run({
			operation: 'create',
			campaignTitle: 'Spring sale',
			campaignInbox: byId(3),
			campaignMessage: '20% off this week',
			campaignAdditionalFields: { audience: '1, 2', scheduled_at: '2026-12-24T09:00:00Z', enabled: false, description: 'Q4' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', CAMPAIGNS, {
				campaign: {
					title: 'Spring sale',
					inbox_id: 3,
					message: '20% off this week',
					description: 'Q4',
					enabled: false,
					scheduled_at: '2026-12-24T09:00:00.000Z',
					audience: [
						{ type: 'Label', id: 1 },
						{ type: 'Label', id: 2 },
					],
				},
			}),
		]);
		expect(items.map((i) => i.json)).toEqual([
			expect.objectContaining({
				id: 1,
				title: 'Spring sale',
				description: 'Q4',
				enabled: false,
				campaign_type: 'one_off',
				scheduled_at: Date.parse('2026-12-24T09:00:00Z') / 1000,
				audience: [
					{ type: 'Label', id: 1 },
					{ type: 'Label', id: 2 },
				],
			}),
		]);
	});

	test('Get Many: one item per campaign', async () => {
		await addWebsiteCampaign();
		const { items } = await run({ operation: 'getAll', campaignReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', CAMPAIGNS)]);
		expect(items.map((i) => i.json)).toEqual([websiteCampaign]);
	});

	test('Get Many of Inbox: the campaigns of one inbox', async () => {
		await addWebsiteCampaign();
		addSmsInbox();
		const website = await run({ operation: 'getAllOfInbox', campaignOfInbox: byId(2), campaignReturnAll: true });
		const sms = await run({ operation: 'getAllOfInbox', campaignOfInbox: byId(3), campaignReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/inboxes/2/campaigns'),
			expectedRequest('GET', '/api/v1/accounts/1/inboxes/3/campaigns'),
		]);
		expect(website.items.map((i) => i.json)).toEqual([websiteCampaign]);
		expect(sms.items).toEqual([]);
	});

	test('Get', async () => {
		await addWebsiteCampaign();
		const { items } = await run({ operation: 'get', campaignId: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${CAMPAIGNS}/1`)]);
		expect(items.map((i) => i.json)).toEqual([websiteCampaign]);
	});

	test('Update sends only the fields added, under campaign', async () => {
		await addWebsiteCampaign();
		const { items } = await run({ operation: 'update', campaignId: 1, campaignUpdateFields: { title: 'Plans', enabled: false, description: '' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${CAMPAIGNS}/1`, { campaign: { title: 'Plans', enabled: false } })]);
		expect(items.map((i) => i.json)).toEqual([{ ...websiteCampaign, title: 'Plans', enabled: false }]);
	});

	test('Delete answers success', async () => {
		await addWebsiteCampaign();
		const { items } = await run({ operation: 'delete', campaignId: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${CAMPAIGNS}/1`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.campaigns).toEqual([]);
	});

	test("an API inbox: Chatwoot's own message", async () => {
		const { error } = await runNode({
			parameters: { resource: 'campaign', operation: 'create', campaignTitle: 'x', campaignInbox: byId(1), campaignMessage: 'y' },
			credential: userCredential(ctx.fake),
		});
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([422]);
		expect(error?.message).toBe('Chatwoot: Inbox Unsupported Inbox type');
	});

	test.each([
		['Update with no field', { operation: 'update', campaignId: 1, campaignUpdateFields: {} }, /^Update Fields: add at least one field to update/],
		['an Audience that is no list of IDs', { operation: 'create', campaignTitle: 'x', campaignInbox: byId(2), campaignMessage: 'y', campaignAdditionalFields: { audience: 'vip' } }, /^Audience Label IDs: /],
		['a Page URL that is no address', { operation: 'create', campaignTitle: 'x', campaignInbox: byId(2), campaignMessage: 'y', campaignAdditionalFields: { url: 'pricing' } }, /^Page URL: /],
		['a Time on Page of 0', { operation: 'create', campaignTitle: 'x', campaignInbox: byId(2), campaignMessage: 'y', campaignAdditionalFields: { time_on_page: 0 } }, /^Time on Page: must be a positive whole number/],
		['a Template Params that is no JSON object', { operation: 'create', campaignTitle: 'x', campaignInbox: byId(2), campaignMessage: 'y', campaignAdditionalFields: { template_params: '[1]' } }, /^Template Params: /],
		['a blank Title', { operation: 'create', campaignTitle: ' ', campaignInbox: byId(2), campaignMessage: 'y' }, /^Title: is required and cannot be empty/],
		['a Campaign ID that is no number', { operation: 'get', campaignId: '={{ "abc" }}' }, /^Campaign ID: must be a positive whole number, got "abc"/],
	])('%s fails before any request, naming the field', async (_what, parameters, message) => {
		const { error, items } = await runNode({ parameters: { resource: 'campaign', ...parameters } as never, credential: userCredential(ctx.fake) });
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
