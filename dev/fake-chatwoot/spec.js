'use strict';
// The spec check of the fake Chatwoot: loads Chatwoot's OpenAPI document, matches a
// request to one of its operations and rejects what the spec does not allow. Rails drops
// unknown parameters silently (the user gets a 200 and loses data), so this check is
// deliberately strict: a request the real server would misread must fail the test.

const fs = require('node:fs');
const path = require('node:path');
const { ALLOW_LIST, SERVER_WEBHOOK_EVENTS } = require('./allowList');
const {
	MULTIPART,
	URLENCODED,
	JSON_TYPE,
	SpecRejection,
	reject,
	deref,
	prepareSchema,
	UploadedFile,
	createAjv,
	coerceScalar,
	ajvReasons,
	describeSchema,
} = require('./schemaChecks');
const { specFreeRoutes } = require('./serverRoutes');

const SPEC_FILE = path.join(__dirname, '..', '..', 'test', 'fixtures', 'chatwoot-openapi.json');

function loadSpec(file = SPEC_FILE) {
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

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
