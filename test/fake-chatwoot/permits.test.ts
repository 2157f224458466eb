// Tests of the fake's server check (permits.js): what Chatwoot's controllers read of a body,
// from test/fixtures/server-routes.json, beyond what the spec says.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startFakeChatwoot } from '../../dev/fake-chatwoot';

/* eslint-disable @typescript-eslint/no-require-imports */
const { ServerPermits } = require('../../dev/fake-chatwoot/permits');
const { UploadedFile } = require('../../dev/fake-chatwoot/spec');
/* eslint-enable @typescript-eslint/no-require-imports */

const permits = new ServerPermits();
const json = (value: object) => ({ kind: 'json', contentType: 'application/json', value });
const form = (value: object) => ({ kind: 'multipart', contentType: 'multipart/form-data', value });
const check = (method: string, template: string, body: object, context = {}) => () => permits.check(method, template, body, context);

describe('server check (permits.js)', () => {
	it('uses the shared server-routes.json unchanged', () => {
		const fixture = path.join(__dirname, '../fixtures/server-routes.json');
		const shared = '/work/shared/chatwoot/server-routes.json';
		if (fs.existsSync(shared)) expect(fs.readFileSync(fixture)).toEqual(fs.readFileSync(shared));
		expect(permits.routes).toHaveLength(428);
	});

	it('refuses a key the controller does not permit, naming what it permits', () => {
		expect(check('POST', '/api/v1/accounts/{account_id}/custom_filters', json({ name: 'x', type: 'contact' }))).toThrow(
			'body.type is not permitted by the server (api/v1/accounts/custom_filters#create; Rails drops it silently) (permitted: name, filter_type, query)',
		);
		expect(check('POST', '/api/v1/accounts/{account_id}/custom_filters', json({ name: 'x', filter_type: 'contact', query: {} }))).not.toThrow();
	});

	it('reads nested keys the same way (a hash with listed keys, arrays of plain values)', () => {
		const portal = '/api/v1/accounts/{account_id}/portals';
		expect(check('POST', portal, json({ config: { default_locale: 'en', theme: 'dark' } }))).toThrow('body.config.theme is not permitted by the server');
		expect(check('POST', portal, json({ config: { allowed_locales: [{ code: 'en' }] } }))).toThrow('body.config.allowed_locales must be an array of plain values');
		expect(check('POST', '/api/v1/accounts/{account_id}/labels', json({ title: ['a'] }))).toThrow('body.title is an array, but the server permits only a plain value there');
	});

	it('ParamsWrapper: flat JSON keys reach params[:x]; next to "x" they do not; forms must nest', () => {
		const profile = '/api/v1/profile';
		expect(check('PUT', profile, json({ name: 'A' }))).not.toThrow();
		expect(check('PUT', profile, json({ profile: { name: 'A' } }))).not.toThrow();
		expect(check('PUT', profile, json({ profile: { name: 'A' }, email: 'a@b.test' }))).toThrow('body.email is sent next to "profile", so Rails does not wrap it');
		expect(check('PUT', profile, form({ name: 'A' }))).toThrow('body.name must be sent as profile[name]');
		expect(check('PUT', profile, form({ profile: { avatar: new UploadedFile({ field: 'profile[avatar]' }) } }))).not.toThrow();
	});

	it('ParamsWrapper copies only model columns: a non-column key must be nested', () => {
		const categories = '/api/v1/accounts/{account_id}/portals/{id}/categories';
		expect(check('POST', categories, json({ name: 'FAQ', related_category_ids: [2] }))).toThrow('send it as category[related_category_ids]');
		expect(check('POST', categories, json({ category: { name: 'FAQ', related_category_ids: [2] } }))).not.toThrow();
	});

	it('inbox channels: the keys of their own type (EDITABLE_ATTRS), on create by channel.type, on update by the inbox', () => {
		const inboxes = '/api/v1/accounts/{account_id}/inboxes';
		expect(check('POST', inboxes, json({ name: 'T', channel: { type: 'telegram', bot_token: 't' } }))).not.toThrow();
		expect(check('POST', inboxes, json({ name: 'T', channel: { type: 'telegram', phone_number: '+1' } }))).toThrow('body.channel (telegram).phone_number is not permitted');
		expect(check('PATCH', `${inboxes}/{id}`, json({ channel: { webhook_url: 'https://x.test' } }), { channelType: 'api' })).not.toThrow();
		expect(check('PATCH', `${inboxes}/{id}`, json({ channel: { welcome_title: 'Hi' } }), { channelType: 'api' })).toThrow('body.channel (api).welcome_title is not permitted');
	});

	it('answers a refused key like a spec violation: 400, recorded as rejected', async () => {
		const fake = await startFakeChatwoot();
		try {
			// the spec documents `type`; the server drops it
			const res = await fetch(`${fake.url}/api/v1/accounts/1/custom_filters`, {
				method: 'POST',
				headers: { 'api-access-token': 'user-token', 'content-type': 'application/json' },
				body: JSON.stringify({ name: 'Mine', type: 'contact', query: { payload: [] } }),
			});
			expect(res.status).toBe(400);
			expect(await res.json()).toEqual({ error: `fake-chatwoot: ${fake.requests[0].rejected}` });
			expect(fake.requests[0].rejected).toMatch(/^body\.type is not permitted by the server/);
			expect(fake.state.customFilters).toHaveLength(0);
		} finally {
			await fake.close();
		}
	});
});
