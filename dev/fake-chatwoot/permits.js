'use strict';
// The server check of the fake Chatwoot: what the real server's controllers read of a request
// body (test/fixtures/server-routes.json, copied unchanged from /work/shared/chatwoot/, read
// from Chatwoot 4.15.1's source). Rails drops a key a controller does not permit, and
// ParamsWrapper wraps flat JSON keys only under its own rules, silently in both cases: so a
// body key the server would drop, or a nesting it would not read, fails the test here.

// refused like a spec violation (400 from the fake, `rejected` on the record)
const { reject, UploadedFile } = require('./schemaChecks');
const { serverRoutes, ROUTES_FILE } = require('./serverRoutes');


// Channel::<Type>::EDITABLE_ATTRS (app/models/channel/*.rb): the channel keys inbox create and
// update keep; the rest of `channel` is dropped. Hashes as `name{}`, arrays as `name[]`.
const CHANNEL_ATTRS = {
	api: ['webhook_url', 'hmac_mandatory', 'additional_attributes{}'],
	email: [
		'email', 'provider', 'imap_enabled', 'imap_login', 'imap_password', 'imap_address', 'imap_port',
		'imap_enable_ssl', 'smtp_enabled', 'smtp_login', 'smtp_password', 'smtp_address', 'smtp_port',
		'smtp_domain', 'smtp_enable_starttls_auto', 'smtp_enable_ssl_tls', 'smtp_openssl_verify_mode',
		'smtp_authentication',
	],
	line: ['line_channel_id', 'line_channel_secret', 'line_channel_token'],
	sms: ['phone_number', 'provider_config{}'],
	telegram: ['bot_token'],
	web_widget: [
		'website_url', 'widget_color', 'welcome_title', 'welcome_tagline', 'reply_time', 'pre_chat_form_enabled',
		'continuity_via_email', 'hmac_mandatory', 'allowed_domains', 'pre_chat_form_options{}', 'selected_feature_flags[]',
	],
	whatsapp: ['phone_number', 'provider', 'provider_config{}'],
};
const CHANNEL_CLASSES = {
	'Channel::Api': 'api',
	'Channel::Email': 'email',
	'Channel::Line': 'line',
	'Channel::Sms': 'sms',
	'Channel::Telegram': 'telegram',
	'Channel::WebWidget': 'web_widget',
	'Channel::Whatsapp': 'whatsapp',
};

// Controllers that `params.require(:x)` although no model is named x: ParamsWrapper then wraps
// every JSON body key (server-routes.json says so in `notes` for the others).
const WRAPS_WHOLE_BODY = new Set(['api/v1/profiles']);

// Keys a form (multipart) may carry as a JSON string: Messages::MessageBuilder parses it.
const FORM_JSON_KEYS = new Set(['content_attributes']);

/** Splits "a, b{c, d}, e[]" at the commas outside braces, brackets and notes. */
function splitTopLevel(list) {
	const parts = [];
	let depth = 0;
	let current = '';
	for (const ch of list) {
		if ('{[('.includes(ch)) depth++;
		if ('}])'.includes(ch)) depth--;
		if (ch === ',' && depth === 0) {
			parts.push(current.trim());
			current = '';
		} else {
			current += ch;
		}
	}
	if (current.trim()) parts.push(current.trim());
	return parts;
}

/**
 * One permitted entry of server-routes.json as rules by key: `name`, `name[]`, `name{}`,
 * `name{...}`, `name{a, b[]}`, `name[] {a, b}`, `name[{a, b}]`, with an optional note in
 * parentheses ("(raw)": read straight from params, any shape; "(file)").
 */
function parseEntry(text) {
	const note = /\s*\(([^()]*)\)\s*$/.exec(text);
	const annotation = note ? note[1] : '';
	const body = note ? text.slice(0, note.index).trim() : text.trim();
	if (body.includes(' + ')) return Object.assign({}, ...body.split(' + ').map((part) => parseEntry(part.trim())));
	const raw = /\braw\b|permit!|\bfiles?\b|MessageBuilder/.test(annotation);
	const insideOf = /params\[:(\w+)\]/.exec(annotation);
	const m = /^(\w+)(.*)$/s.exec(body);
	const name = m[1];
	const rest = m[2].trim();
	let rule;
	if (raw) rule = { kind: 'any' };
	else if (rest === '') rule = { kind: 'scalar' };
	else if (rest === '[]') rule = { kind: 'array' };
	else if (rest === '{}' || rest === '{...}') rule = { kind: 'hash' };
	else if (rest.includes('<Channel EDITABLE_ATTRS>')) rule = { kind: 'channel' };
	else if (rest.startsWith('{')) rule = { kind: 'hash', keys: parseList(rest.slice(1, -1)) };
	else if (rest.startsWith('[{')) rule = { kind: 'objects', keys: parseList(rest.slice(2, -2)) };
	else if (rest.startsWith('[]')) rule = { kind: 'objects', keys: parseList(rest.slice(2).trim().slice(1, -1)) };
	else throw new Error(`fake-chatwoot: cannot read permitted entry "${text}"`);
	if (insideOf) rule.insideOf = insideOf[1];
	if (/\braw\b/.test(annotation) && !insideOf) rule.raw = true;
	return { [name]: rule };
}

function parseList(list) {
	return Object.assign({}, ...splitTopLevel(list).filter((part) => part !== '...').map(parseEntry));
}

/** GET|PATCH /a/{x}/b -> "PATCH /a/{}/b": placeholders differ between spec and server. */
function routeKey(method, template) {
	return `${method} ${template.replace(/\{[^}]+\}/g, '{}').replace(/(.)\/$/, '$1')}`;
}

/**
 * What one route's controller reads of a body:
 * - top: keys read from params itself;
 * - wrapper: `x` of `params.require(:x)`, inner: the keys read inside params[:x];
 * - wrapsFlat: which flat JSON keys ParamsWrapper copies into params[:x] ('all', 'columns').
 */
function describeRoute(route, byAction) {
	const create = byAction.get(route.controller_action.replace(/#\w+$/, '#create'));
	const sameAsCreate = route.permitted_params.length === 1 && route.permitted_params[0] === 'same as create';
	const source = sameAsCreate ? create : route;
	const rules = Object.assign({}, ...source.permitted_params.map(parseEntry));
	const required = /params\.require\(:(\w+)\)/.exec((source.permitted_source || []).join(' '));
	const wrapper = required ? required[1] : undefined;
	const controller = route.controller_action.split('#')[0];
	const notes = source.notes || '';
	const wrapsFlat = !wrapper ? undefined : WRAPS_WHOLE_BODY.has(controller) || /copies the whole JSON body/.test(notes) ? 'all' : 'columns';
	if (!wrapper) return { route, top: rules };
	if (rules[wrapper] && rules[wrapper].kind === 'hash' && rules[wrapper].keys) {
		const { [wrapper]: nested, ...top } = rules;
		return { route, top, wrapper, inner: nested.keys, wrapsFlat };
	}
	const top = {};
	const inner = {};
	for (const [name, rule] of Object.entries(rules)) (rule.raw ? top : inner)[name] = rule;
	return { route, top, wrapper, inner, wrapsFlat };
}

function isFile(value) {
	return value instanceof UploadedFile;
}

function isHash(value) {
	return value !== null && typeof value === 'object' && !Array.isArray(value) && !isFile(value);
}

/** Checks a value against its rule the way ActionController::Parameters#permit filters it. */
function checkValue(rule, value, where, context) {
	switch (rule.kind) {
		case 'any':
			return;
		case 'scalar':
			// permit(:x) keeps scalars (and files) only; a hash or an array under x is dropped
			if (Array.isArray(value) || isHash(value)) {
				reject(`${where} is ${Array.isArray(value) ? 'an array' : 'an object'}, but the server permits only a plain value there (Rails drops it)`);
			}
			return;
		case 'array':
			if (!Array.isArray(value) || value.some((item) => isHash(item) || Array.isArray(item))) {
				reject(`${where} must be an array of plain values (the server permits ${where.split('.').pop()}: []; anything else is dropped)`);
			}
			return;
		case 'hash':
			if (context.form && typeof value === 'string' && FORM_JSON_KEYS.has(where.split('.').pop())) return;
			if (!isHash(value)) reject(`${where} must be an object (the server permits a hash there)`);
			if (rule.keys) checkKeys(rule.keys, value, where, context);
			return;
		case 'objects':
			if (!Array.isArray(value) || !value.every(isHash)) reject(`${where} must be an array of objects`);
			value.forEach((item, i) => checkKeys(rule.keys, item, `${where}[${i}]`, context));
			return;
		case 'channel':
			return checkChannel(value, where, context);
		default:
			throw new Error(`fake-chatwoot: unknown permit rule ${rule.kind}`);
	}
}

function checkKeys(rules, object, where, context) {
	for (const [key, value] of Object.entries(object)) {
		const rule = rules[key];
		if (!rule) reject(`${where}.${key} is not permitted by the server (Rails drops it silently)${allowed(rules)}`);
		checkValue(rule, value, `${where}.${key}`, context);
	}
}

/** Inbox create takes the type from channel.type; update filters by the inbox's own channel. */
function checkChannel(channel, where, context) {
	if (!isHash(channel)) reject(`${where} must be an object`);
	if (context.channelType === null) return; // no such inbox: the handler answers 404
	const type = context.channelType || channel.type;
	const attrs = CHANNEL_ATTRS[type];
	if (!attrs) reject(`${where}.type must name a channel type the API creates (${Object.keys(CHANNEL_ATTRS).join(', ')})`);
	const { type: _type, ...rest } = channel;
	if (_type !== undefined && context.channelType) reject(`${where}.type cannot change the channel of an existing inbox (the server ignores it)`);
	checkKeys(parseList(attrs.join(', ')), rest, `${where} (${type})`, context);
}

/** Where the controller reads a body key: params itself, the wrapper hash, or inside the wrapper. */
function placeOf(permits, key) {
	if (permits.top[key]) return 'top';
	if (permits.wrapper && key === permits.wrapper) return 'wrapper';
	if (permits.inner && permits.inner[key]) return 'inner';
	return undefined;
}

function notPermitted(permits) {
	return `is not permitted by the server (${permits.route.controller_action}; Rails drops it silently)${allowed({ ...permits.top, ...permits.inner })}`;
}

function allowed(rules) {
	const names = Object.keys(rules);
	return names.length ? ` (permitted: ${names.join(', ')})` : '';
}

class ServerPermits {
	constructor(routes = serverRoutes()) {
		this.routes = routes;
		const byAction = new Map(this.routes.map((r) => [r.controller_action, r]));
		this.byKey = new Map();
		for (const route of this.routes) {
			if (!route.permitted_params) continue;
			const described = describeRoute(route, byAction);
			for (const method of route.method.split('|')) this.byKey.set(routeKey(method, route.path_template), described);
		}
	}

	/** The server's reading of one route (by the spec's method and path template), if it takes parameters. */
	forRoute(method, template) {
		return this.byKey.get(routeKey(method, template));
	}

	/**
	 * Throws a SpecRejection for a key the server would not read. `body` is the parsed body
	 * ({ kind, contentType, value }); `context.channelType` is the channel of an inbox being updated.
	 */
	check(method, template, body, context = {}) {
		const permits = this.forRoute(method, template);
		if (!permits || body.kind === 'none' || !isHash(body.value)) return;
		const json = body.contentType === 'application/json';
		const value = body.value;
		context = { ...context, form: !json };
		// ParamsWrapper does nothing when the body already has the wrapper key
		const wrapping = permits.wrapper && json && !(permits.wrapper in value);
		for (const [key, item] of Object.entries(value)) {
			const where = `body.${key}`;
			const place = placeOf(permits, key);
			if (place === 'top') {
				checkValue(permits.top[key], item, where, context);
			} else if (place === 'wrapper') {
				if (!isHash(item)) reject(`${where} must be an object of ${permits.wrapper} fields`);
				checkKeys(permits.inner, item, where, context);
			} else if (place === 'inner') {
				this.checkWrapped(permits, key, item, where, { wrapping, json, context });
			} else {
				reject(`${where} ${notPermitted(permits)}`);
			}
		}
	}

	/**
	 * Why a flat JSON body key of this route never reaches the controller, or undefined when
	 * it does (for tests that walk the node's operations).
	 */
	flatKeyProblem(method, template, key) {
		const permits = this.forRoute(method, template);
		if (!permits) return 'the server takes no parameters on this route';
		const place = placeOf(permits, key);
		if (place === undefined) return notPermitted(permits);
		if (place === 'inner' && permits.inner[key].insideOf) return `is read inside params[:${permits.wrapper}] but is no column, so ParamsWrapper does not put it there`;
		return undefined;
	}

	/** A flat key that the controller reads inside params[wrapper]: only ParamsWrapper puts it there. */
	checkWrapped(permits, key, item, where, { wrapping, json, context }) {
		const rule = permits.inner[key];
		const nest = `${permits.wrapper}[${key}]`;
		if (!json) reject(`${where} must be sent as ${nest}: the server reads it inside params[:${permits.wrapper}], and Rails wraps JSON bodies only`);
		if (!wrapping) reject(`${where} is sent next to "${permits.wrapper}", so Rails does not wrap it and the server never reads it; send it inside ${permits.wrapper}`);
		if (rule.insideOf) reject(`${where} is not a column of the model, so ParamsWrapper does not copy it into params[:${permits.wrapper}]; send it as ${nest}`);
		checkValue(rule, item, where, context);
	}
}

module.exports = { CHANNEL_ATTRS, CHANNEL_CLASSES, ROUTES_FILE, ServerPermits, parseEntry, routeKey };
