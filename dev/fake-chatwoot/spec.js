'use strict';
// The spec check of the fake Chatwoot: loads Chatwoot's OpenAPI document, matches a
// request to one of its operations and rejects what the spec does not allow. Rails drops
// unknown parameters silently (the user gets a 200 and loses data), so this check is
// deliberately strict: a request the real server would misread must fail the test.

const fs = require('node:fs');
const path = require('node:path');
const Ajv2020 = require('ajv/dist/2020');
const { SERVER_EXTRAS } = require('./permits');
const { specFreeRoutes } = require('./serverRoutes');

const SPEC_FILE = path.join(__dirname, '..', '..', 'test', 'fixtures', 'chatwoot-openapi.json');
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const FILE_KEYWORD = 'x-fake-file';
const MULTIPART = 'multipart/form-data';
const URLENCODED = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

// Webhook::ALLOWED_WEBHOOK_EVENTS of Chatwoot 4.11.2
const SERVER_WEBHOOK_EVENTS = [
	'conversation_status_changed',
	'conversation_updated',
	'conversation_created',
	'contact_created',
	'contact_updated',
	'message_created',
	'message_updated',
	'webwidget_triggered',
	'inbox_created',
	'inbox_updated',
	'conversation_typing_on',
	'conversation_typing_off',
];

// What the real server accepts beyond the spec. Keep it short: every entry hides a
// difference between spec and server, so each one says why it is here.
const ALLOW_LIST = [
	{
		// 1. Rails `resources`/`resource` routes send both PATCH and PUT to #update, so a
		// PUT works wherever the spec documents PATCH (and the other way round), e.g.
		// PUT /platform/api/v1/users/{id}. Not for the two collection routes declared as
		// `patch :update` in config/routes.rb: there Rails answers 404 to a PUT.
		kind: 'verb-alias',
		aliases: { PUT: 'PATCH', PATCH: 'PUT' },
		except: [
			'/api/v1/accounts/{account_id}/inbox_members',
			'/api/v1/accounts/{account_id}/teams/{team_id}/team_members',
		],
	},
	{
		// 2. Platform "delete an account user" reads params[:user_id]; the spec declares no
		// body. Rails merges JSON body and query string into params, so both carry it.
		// Required here because without it the server silently deletes nothing.
		kind: 'extra-params',
		method: 'DELETE',
		path: '/platform/api/v1/accounts/{account_id}/account_users',
		body: {
			type: 'object',
			required: ['user_id'],
			properties: { user_id: { type: 'integer' } },
			additionalProperties: false,
		},
		query: { user_id: { type: 'integer' } },
	},
	{
		// 3. Spec defect (docs/CHATWOOT.md "Messages path"): getConversationMessages is documented without the
		// /api/v1 prefix. The server has no such route; its real route is list-all-messages
		// under /api/v1, which the spec already documents. So the unprefixed path is not an
		// operation here (a client using it gets a 404 from Chatwoot).
		kind: 'spec-defect',
		method: 'GET',
		path: '/accounts/{account_id}/conversations/{conversation_id}/messages',
		realPath: '/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages',
	},
	{
		// 4. Messages with attachments: Chatwoot's dashboard and API clients post
		// multipart/form-data to the create-message route (docs/CHATWOOT.md "Attachments"); the
		// spec only documents JSON. Fields as the JSON schema, files as attachments[].
		kind: 'extra-content-type',
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages',
		contentType: MULTIPART,
		fromJsonSchema: ['content', 'message_type', 'private', 'content_type'],
		extraProperties: {
			// sent as a JSON string in a form; the MessageBuilder parses it
			content_attributes: { type: ['string', 'object'] },
			attachments: { type: 'array', items: { [FILE_KEYWORD]: true } },
		},
		// content or at least one attachment (an empty message is refused by the server)
		anyOfRequired: ['content', 'attachments'],
	},
	{
		// 5. GET /api is ApiController#index (version and health), used for reachability
		// checks; it is not in the spec and needs no token.
		kind: 'extra-operation',
		method: 'GET',
		path: '/api',
		operationId: 'fake-api-index',
	},
	{
		// 6. Webhook events: the spec's enum lists 8, Webhook::ALLOWED_WEBHOOK_EVENTS of
		// 4.11.2 has 12 (docs/CHATWOOT.md "Webhooks"); the trigger subscribes to all of them.
		kind: 'schema-patch',
		operations: ['create-a-webhook', 'update-a-webhook'],
		property: 'subscriptions',
		schema: { type: 'array', items: { type: 'string', enum: SERVER_WEBHOOK_EVENTS } },
	},
	{
		// 7. Attachment downloads: message attachments carry a data_url on ActiveStorage's
		// route (not an API operation); the fake serves the stored bytes there.
		kind: 'extra-operation',
		method: 'GET',
		path: '/rails/active_storage/blobs/redirect/{key}/{filename}',
		operationId: 'fake-attachment-download',
	},
	{
		// 8. Removing custom attributes of a contact: Update merges custom_attributes into the
		// stored ones, so the dashboard removes keys with this member route of contacts
		// (config/routes.rb `post :destroy_custom_attributes`), which the spec leaves out.
		kind: 'extra-operation',
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/contacts/{id}/destroy_custom_attributes',
		operationId: 'fake-contact-destroy-custom-attributes',
	},
	{
		// ContactsController#destroy_custom_attributes reads params[:custom_attributes] (keys).
		kind: 'extra-params',
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/contacts/{id}/destroy_custom_attributes',
		body: {
			type: 'object',
			required: ['custom_attributes'],
			properties: { custom_attributes: { type: 'array', items: { type: 'string' } } },
			additionalProperties: false,
		},
	},
	{
		// 9. Integration apps have names for IDs ("dialogflow", "openai": config/integration/
		// apps.yml) and integrations_hooks.app_id is a string column; the spec types app_id as
		// an integer, which no app has.
		kind: 'schema-patch',
		operations: ['create-an-integration-hook'],
		property: 'app_id',
		schema: { type: 'string' },
	},
	{
		// 10. Client API messages page like the application API's: MessageFinder gets
		// `before: params[:before]` from Public::Api::V1::Inboxes::MessagesController, which
		// the spec does not list.
		kind: 'extra-params',
		method: 'GET',
		path: '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages',
		query: { before: { type: 'integer' } },
	},
	{
		// 11. The survey page is addressed by the conversation's uuid (Survey::ResponsesController
		// renders it for any value); the spec types conversation_uuid as an integer.
		kind: 'path-param-patch',
		method: 'GET',
		path: '/survey/responses/{conversation_uuid}',
		param: 'conversation_uuid',
		schema: { type: 'string' },
	},
	{
		// 12. Agents: AgentsController permits `availability` (online, busy, offline: the
		// account_user enum); the spec documents `availability_status`, which Rails drops.
		kind: 'schema-patch',
		operations: ['add-new-agent-to-account', 'update-agent-in-account'],
		property: 'availability',
		schema: { type: 'string', enum: ['online', 'busy', 'offline'] },
	},
	{
		// 13. Client API messages with attachments: Public::Api::V1::Inboxes::MessagesController
		// #create builds one attachment per params[:attachments] file (build_attachment), so
		// the route takes multipart/form-data as well; the spec only documents JSON. Fields as
		// the JSON schema (content, echo_id), files as attachments[]. The controller itself
		// asks for neither content nor files, so nothing is required here.
		kind: 'extra-content-type',
		method: 'POST',
		path: '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages',
		contentType: MULTIPART,
		fromJsonSchema: ['content', 'echo_id'],
		extraProperties: {
			attachments: { type: 'array', items: { [FILE_KEYWORD]: true } },
		},
	},
	// 14. Where the server takes more than the spec (keys it permits that the spec leaves out,
	// a required key it does without): permits.js, next to the server check.
	...SERVER_EXTRAS,
];

class SpecRejection extends Error {}

function reject(message) {
	throw new SpecRejection(message);
}

function loadSpec(file = SPEC_FILE) {
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Follows a local `#/...` reference inside the document. */
function resolvePointer(doc, ref) {
	if (!ref.startsWith('#/')) throw new Error(`fake-chatwoot: unsupported $ref ${ref}`);
	return ref
		.slice(2)
		.split('/')
		.reduce((node, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

function deref(doc, node) {
	let current = node;
	while (current && current.$ref) current = resolvePointer(doc, current.$ref);
	return current;
}

/**
 * Returns a self-contained copy of a schema with every $ref inlined, and the two rules
 * of this fake applied: an object schema that lists properties and says nothing about
 * additionalProperties accepts no other property (Rails would drop it), and the OpenAPI
 * 3.0 word `nullable: true` allows null.
 */
function prepareSchema(doc, schema, options = {}, stack = []) {
	if (Array.isArray(schema)) return schema.map((s) => prepareSchema(doc, s, options, stack));
	if (!schema || typeof schema !== 'object') return schema;
	if (schema.$ref) {
		if (stack.includes(schema.$ref)) return {}; // a recursive schema: stop checking there
		return prepareSchema(doc, resolvePointer(doc, schema.$ref), options, [...stack, schema.$ref]);
	}
	if (options.files && schema.format === 'binary') return { [FILE_KEYWORD]: true };
	const out = {};
	for (const [key, value] of Object.entries(schema)) {
		if (key === 'example' || key === 'examples' || key === 'description') continue;
		if (key === 'properties') {
			out.properties = {};
			for (const [name, sub] of Object.entries(value)) {
				out.properties[name] = prepareSchema(doc, sub, options, stack);
			}
		} else {
			out[key] = prepareSchema(doc, value, options, stack);
		}
	}
	if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
	if (out.nullable === true) {
		delete out.nullable;
		if (typeof out.type === 'string') out.type = [out.type, 'null'];
		else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null'];
	}
	return out;
}

/** A file received in a multipart body, as placed into the object that gets validated. */
class UploadedFile {
	constructor(file) {
		Object.assign(this, file);
	}
}

function createAjv(coerceTypes) {
	const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, coerceTypes });
	// Formats the request schemas use; ajv itself ships none (ajv-formats is not a
	// dependency of this project).
	ajv.addFormat('binary', true);
	ajv.addFormat('date-time', (s) => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/i.test(s) && !Number.isNaN(Date.parse(s)));
	ajv.addFormat('uri', (s) => {
		try {
			return Boolean(new URL(s).protocol);
		} catch {
			return false;
		}
	});
	ajv.addKeyword({ keyword: FILE_KEYWORD, validate: (_schema, data) => data instanceof UploadedFile, errors: false });
	return ajv;
}

// ---------------------------------------------------------------------------------
// Routes

function parameterKey(p) {
	return `${p.in}:${p.name}`;
}

/** Path-item parameters overridden by operation parameters of the same name and place. */
function collectParameters(doc, pathItem, operation) {
	const byKey = new Map();
	for (const raw of [...(pathItem.parameters || []), ...(operation.parameters || [])]) {
		const p = deref(doc, raw);
		byKey.set(parameterKey(p), p);
	}
	return [...byKey.values()];
}

function buildRoute(doc, template, method, pathItem, operation) {
	const parameters = collectParameters(doc, pathItem, operation);
	return {
		method,
		template,
		segments: template.split('/').slice(1),
		operationId: operation.operationId,
		operation,
		security: (operation.security || []).flatMap((s) => Object.keys(s)),
		pathParams: parameters.filter((p) => p.in === 'path'),
		queryParams: parameters.filter((p) => p.in === 'query'),
		requestBody: operation.requestBody ? deref(doc, operation.requestBody) : undefined,
		extraBody: undefined,
		extraContent: {},
	};
}

function allowListEntries(kind) {
	return ALLOW_LIST.filter((e) => e.kind === kind);
}

function buildRoutes(doc) {
	const defects = allowListEntries('spec-defect');
	const routes = [];
	for (const [template, pathItem] of Object.entries(doc.paths)) {
		for (const method of HTTP_METHODS) {
			const operation = pathItem[method];
			if (!operation) continue;
			if (defects.some((d) => d.path === template && d.method === method.toUpperCase())) continue;
			routes.push(buildRoute(doc, template, method.toUpperCase(), pathItem, operation));
		}
	}
	for (const extra of allowListEntries('extra-operation')) {
		routes.push(buildRoute(doc, extra.path, extra.method, {}, { operationId: extra.operationId }));
	}
	// the server's routes the spec leaves out (serverRoutes.js)
	routes.push(...specFreeRoutes(routes));
	return routes;
}

function segmentsMatch(segments, parts) {
	if (segments.length !== parts.length) return undefined;
	const params = {};
	for (let i = 0; i < segments.length; i++) {
		const seg = segments[i];
		const param = /^\{(.+)\}$/.exec(seg);
		if (param) {
			if (parts[i] === '') return undefined;
			try {
				params[param[1]] = decodeURIComponent(parts[i]);
			} catch {
				return undefined;
			}
		} else if (seg !== parts[i]) {
			return undefined;
		}
	}
	return params;
}

/** Literal segments win over parameters, left to right (`/contacts/search` over `/contacts/{id}`). */
function specificity(route) {
	return route.segments.map((s) => (s.startsWith('{') ? '0' : '1')).join('');
}

// ---------------------------------------------------------------------------------
// Values

/** Turns a query-string value into the type its schema asks for, as Rails would read it. */
function coerceScalar(value, schema, inPath = false) {
	const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
	// Rails finds records by the id in the path: "12abc" or "-1" find nothing useful
	if (type === 'integer' && (inPath ? /^\d+$/ : /^-?\d+$/).test(value)) return Number(value);
	if (type === 'number' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
	if (type === 'boolean' && /^(true|false|1|0)$/.test(value)) return value === 'true' || value === '1';
	return value;
}

function describe(value) {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (value instanceof UploadedFile) return 'a file';
	return typeof value;
}

function formatAjvError(err, root, data) {
	const where = root + err.instancePath.replace(/\//g, '.');
	const value = err.instancePath
		.split('/')
		.slice(1)
		.reduce((v, k) => (v == null ? v : v[k]), data);
	switch (err.keyword) {
		case 'additionalProperties':
			return `${where} has property "${err.params.additionalProperty}" that the spec does not list${listAllowed(err.parentSchema)}`;
		case 'required':
			return `${where} is missing required property "${err.params.missingProperty}"`;
		case 'type':
			return `${where} must be ${String(err.params.type).split(',').join(' or ')} (got ${describe(value)})`;
		case 'enum':
			return `${where} must be one of ${err.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')} (got ${JSON.stringify(value)})`;
		case FILE_KEYWORD:
			return `${where} must be a file upload (got ${describe(value)})`;
		default:
			return `${where} ${err.message}`;
	}
}

function listAllowed(schema) {
	const names = Object.keys((schema && schema.properties) || {});
	return names.length ? ` (allowed: ${names.join(', ')})` : '';
}

function ajvReasons(validate, root, data) {
	const errors = validate.errors;
	// "required" errors inside an anyOf only repeat what the anyOf error says
	const anyOf = errors.filter((e) => e.keyword === 'anyOf');
	const rest = errors.filter((e) => !(e.keyword === 'required' && e.schemaPath.includes('/anyOf/')));
	return rest.map((e) => (e.keyword === 'anyOf' ? anyOfReason(e, root) : formatAjvError(e, root, data))).filter((r, i, all) => anyOf.length === 0 || all.indexOf(r) === i);
}

function anyOfReason(err, root) {
	const names = (err.schema || []).map((s) => (s.required || []).join(' and ')).filter(Boolean);
	return `${root + err.instancePath.replace(/\//g, '.')} must have ${names.length ? names.join(' or ') : 'one of the allowed shapes'}`;
}

// ---------------------------------------------------------------------------------
// The index: everything the fake needs from the spec, prepared once.

class SpecIndex {
	constructor(doc = loadSpec()) {
		this.doc = doc;
		this.routes = buildRoutes(doc);
		this.ajv = createAjv(false);
		this.formAjv = createAjv(true); // form fields arrive as strings
		this.validators = new Map();
		this.applyAllowList();
	}

	applyAllowList() {
		for (const entry of allowListEntries('extra-params')) {
			const route = this.findRoute(entry.method, entry.path);
			route.extraBody = entry.body;
			for (const [name, schema] of Object.entries(entry.query || {})) {
				route.queryParams.push({ in: 'query', name, schema, required: false, allowListed: true });
			}
		}
		for (const entry of allowListEntries('schema-patch')) {
			for (const route of this.routes.filter((r) => entry.operations.includes(r.operationId))) {
				route.schemaPatches = [...(route.schemaPatches || []), entry];
			}
		}
		for (const entry of allowListEntries('path-param-patch')) {
			const route = this.findRoute(entry.method, entry.path);
			route.pathParams = route.pathParams.map((p) => (p.name === entry.param ? { ...p, schema: entry.schema } : p));
		}
		for (const entry of allowListEntries('extra-content-type')) {
			const route = this.findRoute(entry.method, entry.path);
			route.extraContent[entry.contentType] = this.extraContentSchema(route, entry);
		}
	}

	extraContentSchema(route, entry) {
		const json = prepareSchema(this.doc, route.requestBody.content[JSON_TYPE].schema);
		const properties = {};
		for (const name of entry.fromJsonSchema) properties[name] = json.properties[name];
		Object.assign(properties, entry.extraProperties);
		// keys the server permits beyond the spec (SERVER_EXTRAS) travel in forms too
		for (const patch of route.schemaPatches || []) if (patch.property) properties[patch.property] = patch.schema;
		const schema = { type: 'object', properties, additionalProperties: false };
		if (entry.anyOfRequired) schema.anyOf = entry.anyOfRequired.map((name) => ({ required: [name] }));
		return schema;
	}

	findRoute(method, template) {
		const route = this.routes.find((r) => r.method === method && r.template === template);
		if (!route) throw new Error(`fake-chatwoot: allow-list names ${method} ${template}, not in the spec`);
		return route;
	}

	/** All routes whose template matches the path, whatever their method. */
	candidates(pathname) {
		const parts = pathname.split('/').slice(1);
		const found = [];
		for (const route of this.routes) {
			const params = segmentsMatch(route.segments, parts);
			if (params) found.push({ route, params });
		}
		return found.sort((a, b) => (specificity(a.route) < specificity(b.route) ? 1 : -1));
	}

	/**
	 * Finds the operation for a method and path, or throws a SpecRejection that says why
	 * there is none. Rails ignores one trailing slash, so a path that only matches without
	 * it is accepted as well.
	 */
	match(method, pathname) {
		let found = this.candidates(pathname);
		if (!found.length && pathname.length > 1 && pathname.endsWith('/')) found = this.candidates(pathname.slice(0, -1));
		const verb = allowListEntries('verb-alias')[0];
		const exact = found.find((c) => c.route.method === method);
		if (exact) return exact;
		const alias = verb.aliases[method];
		const aliased = alias && found.find((c) => c.route.method === alias && !verb.except.includes(c.route.template));
		if (aliased) return aliased;
		reject(this.noOperationReason(method, pathname, found));
	}

	noOperationReason(method, pathname, found) {
		let reason = `no operation ${method} ${pathname} in the Chatwoot spec or the server's routes`;
		if (found.length) {
			const methods = [...new Set(found.map((c) => c.route.method))];
			reason += ` (that path has ${methods.join(', ')})`;
		}
		const defect = allowListEntries('spec-defect').find((d) => segmentsMatch(d.path.split('/').slice(1), pathname.split('/').slice(1)));
		if (defect) reason += `; the spec lists ${defect.path} by mistake, the server's route is ${defect.realPath}`;
		return reason;
	}

	/** Checks path parameters, query and body of a matched request; throws SpecRejection. */
	check(match, query, body) {
		this.checkPathParams(match);
		this.checkQuery(match.route, query);
		this.checkBody(match.route, body, query);
	}

	checkPathParams({ route, params }) {
		for (const p of route.pathParams) {
			if (!(p.name in params)) continue;
			const value = coerceScalar(params[p.name], p.schema || {}, true);
			const validate = this.compiled(`param:${JSON.stringify(p.schema)}`, () => p.schema || {}, false);
			if (!validate(value)) {
				reject(`path parameter ${p.name} of ${route.operationId} must be ${describeSchema(p.schema)} (got ${JSON.stringify(params[p.name])})`);
			}
		}
	}

	/**
	 * `query` maps each key as sent to its values. Rails reads `key[]` as an array and keeps
	 * only the last of repeated plain keys, so repeated plain keys are refused.
	 */
	checkQuery(route, query) {
		const declared = new Map(route.queryParams.map((p) => [p.name, p]));
		const seen = new Set();
		for (const [key, values] of Object.entries(query)) {
			const isArrayKey = key.endsWith('[]');
			const name = isArrayKey ? key.slice(0, -2) : key;
			const param = declared.get(name);
			if (!param) reject(`unknown query parameter "${key}" for ${route.operationId}${listDeclared(route)}`);
			seen.add(name);
			this.checkQueryValues(route, param, key, isArrayKey, values);
		}
		for (const p of route.queryParams) {
			if (p.required && !seen.has(p.name)) reject(`query parameter "${p.name}" is required by ${route.operationId}`);
		}
	}

	checkQueryValues(route, param, key, isArrayKey, values) {
		const schema = param.schema || {};
		const isArrayParam = schema.type === 'array';
		if (isArrayKey && !isArrayParam) reject(`query parameter "${param.name}" of ${route.operationId} is not an array; send it as ${param.name}=<value>`);
		if (!isArrayKey && values.length > 1) {
			reject(`query parameter "${key}" is repeated; Rails keeps only the last value${isArrayParam ? `, send ${key}[]=<value> for each` : ''}`);
		}
		const itemSchema = isArrayParam ? schema.items || {} : schema;
		const validate = this.compiled(`param:${JSON.stringify(itemSchema)}`, () => itemSchema, false);
		for (const raw of values) {
			if (!validate(coerceScalar(raw, itemSchema))) {
				reject(`query parameter "${key}" of ${route.operationId} must be ${describeSchema(itemSchema)} (got ${JSON.stringify(raw)})`);
			}
		}
	}

	/**
	 * `body` is the parsed request body: { kind: 'none' } or { kind, contentType, value }
	 * where value is the object to validate (files as UploadedFile).
	 */
	checkBody(route, body, query) {
		if (body.kind === 'none') {
			if (route.requestBody && route.requestBody.required) {
				reject(`${route.operationId} requires a request body (${Object.keys(route.requestBody.content).join(' or ')})`);
			}
			checkExtraParamsPresent(route, query);
			return;
		}
		// `{}` carries no parameter: harmless where the spec declares no body
		if (!route.requestBody && !route.extraBody && isEmptyJsonObject(body)) return;
		const { schema, coerce } = this.bodySchema(route, body.contentType);
		const key = `body:${route.method} ${route.template} ${body.contentType}`;
		const validate = this.compiled(key, () => schema, coerce);
		if (!validate(body.value)) reject(ajvReasons(validate, 'body', body.value).join('; '));
		if (body.contentType === MULTIPART && route.extraContent[MULTIPART]) checkJsonStrings(body.value);
	}

	/** The schema a body of this content type must satisfy, or a rejection saying why none. */
	bodySchema(route, contentType) {
		const coerce = contentType !== JSON_TYPE;
		if (route.extraContent[contentType]) return { schema: route.extraContent[contentType], coerce };
		if (!route.requestBody) {
			if (route.extraBody && contentType === JSON_TYPE) return { schema: route.extraBody, coerce };
			// a spec-free route's body is the server check's business (permits.js), if it reads one
			if (route.serverRoute && route.serverRoute.permitted_params) return { schema: {}, coerce };
			reject(`${route.operationId} takes no request body, but one was sent (${contentType})`);
		}
		const content = route.requestBody.content[contentType];
		if (!content) {
			const accepted = [...Object.keys(route.requestBody.content), ...Object.keys(route.extraContent)];
			reject(`${route.operationId} does not accept ${contentType || 'a body without Content-Type'} (accepts ${accepted.join(', ')})`);
		}
		const schema = prepareSchema(this.doc, content.schema, { files: contentType === MULTIPART });
		for (const patch of route.schemaPatches || []) {
			if (patch.property) schema.properties[patch.property] = patch.schema;
			if (patch.notRequired && schema.required) schema.required = schema.required.filter((name) => !patch.notRequired.includes(name));
		}
		return { schema, coerce };
	}

	compiled(key, makeSchema, coerce) {
		const cacheKey = `${coerce ? 'form' : 'json'}|${key}`;
		let validate = this.validators.get(cacheKey);
		if (!validate) {
			validate = (coerce ? this.formAjv : this.ajv).compile(makeSchema());
			this.validators.set(cacheKey, validate);
		}
		return validate;
	}

	/** Compiles every request-body schema now (startup check that the spec is usable). */
	compileAll() {
		let count = 0;
		for (const route of this.routes) {
			const types = [...Object.keys((route.requestBody && route.requestBody.content) || {}), ...Object.keys(route.extraContent)];
			for (const contentType of types) {
				const { schema, coerce } = this.bodySchema(route, contentType);
				this.compiled(`body:${route.method} ${route.template} ${contentType}`, () => schema, coerce);
				count++;
			}
		}
		return count;
	}
}

/** An allow-listed parameter the server needs may come in the query instead of a body. */
function checkExtraParamsPresent(route, query) {
	for (const name of (route.extraBody && route.extraBody.required) || []) {
		if (!(name in query)) reject(`${route.operationId} needs "${name}" (JSON body or query string); without it the server does nothing`);
	}
}

function isEmptyJsonObject(body) {
	const v = body.value;
	return body.contentType === JSON_TYPE && v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;
}

/** In a form, content_attributes travels as a JSON string that the server parses. */
function checkJsonStrings(value) {
	if (typeof value.content_attributes !== 'string') return;
	let parsed;
	try {
		parsed = JSON.parse(value.content_attributes);
	} catch {
		reject('body.content_attributes is not valid JSON');
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) reject('body.content_attributes must be a JSON object');
}

function listDeclared(route) {
	const names = route.queryParams.map((p) => p.name);
	return names.length ? ` (declared: ${names.join(', ')})` : ' (it declares no query parameters)';
}

function describeSchema(schema = {}) {
	if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
	const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type || 'a value';
	return { integer: 'an integer', number: 'a number', boolean: 'a boolean', string: 'a string' }[type] || type;
}

module.exports = {
	ALLOW_LIST,
	SERVER_WEBHOOK_EVENTS,
	SPEC_FILE,
	SpecIndex,
	SpecRejection,
	UploadedFile,
	loadSpec,
	prepareSchema,
	JSON_TYPE,
	MULTIPART,
	URLENCODED,
};
