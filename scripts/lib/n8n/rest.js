'use strict';
/** n8n's REST API as the editor uses it (owner setup, sign-in, session cookie), and n8n-style ids. */

const crypto = require('node:crypto');

/** fetch() with a JSON body and the session cookie kept in `session.cookie`. */
async function restCall(baseUrl, method, route, body, session = {}) {
	const headers = { accept: 'application/json' };
	if (body !== undefined) headers['content-type'] = 'application/json';
	if (session.cookie) headers.cookie = session.cookie;
	const res = await fetch(`${baseUrl}${route}`, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
		signal: AbortSignal.timeout(30_000),
	});
	const setCookie = res.headers.getSetCookie?.() || [];
	const auth = setCookie.find((c) => c.startsWith('n8n-auth='));
	if (auth) session.cookie = auth.split(';')[0];
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, json, text };
}

/**
 * Creates the instance owner unless there already is one. Returns 'created' or 'exists'.
 */
async function setupOwner(baseUrl, owner) {
	const settings = await restCall(baseUrl, 'GET', '/rest/settings');
	const userManagement = settings.json?.data?.userManagement;
	if (userManagement && userManagement.showSetupOnFirstLoad === false) return 'exists';
	const res = await restCall(baseUrl, 'POST', '/rest/owner/setup', owner);
	if (res.status === 200) return 'created';
	if (res.status === 400 && /already/i.test(res.text)) return 'exists';
	throw new Error(`POST /rest/owner/setup answered ${res.status}: ${res.text.slice(0, 300)}`);
}

/** Signs in; returns a session ({cookie}) for restCall. 2.x and 1.x field names. */
async function signIn(baseUrl, email, password) {
	const session = {};
	const res = await restCall(baseUrl, 'POST', '/rest/login', { emailOrLdapLoginId: email, email, password }, session);
	if (res.status !== 200 || !session.cookie) {
		throw new Error(`POST /rest/login answered ${res.status}: ${res.text.slice(0, 300)}`);
	}
	return session;
}

/** An id like n8n's own (16 alphanumerics), for workflows and credentials. */
function n8nId(seed) {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = seed ? crypto.createHash('sha256').update(seed).digest() : crypto.randomBytes(16);
	let id = '';
	for (let i = 0; i < 16; i++) id += alphabet[bytes[i] % alphabet.length];
	return id;
}

module.exports = { restCall, setupOwner, signIn, n8nId };
