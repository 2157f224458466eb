'use strict';
// Schemas and values for the spec check: $ref resolution, schema preparation (objects refuse
// unknown keys, as Rails drops them), ajv, Rails-style coercion of query and form values, and
// the reasons given when a value does not fit.

const Ajv2020 = require('ajv/dist/2020');

const FILE_KEYWORD = 'x-fake-file';
const MULTIPART = 'multipart/form-data';
const URLENCODED = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

class SpecRejection extends Error {}

function reject(message) {
	throw new SpecRejection(message);
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

function describeSchema(schema = {}) {
	if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
	const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type || 'a value';
	return { integer: 'an integer', number: 'a number', boolean: 'a boolean', string: 'a string' }[type] || type;
}

module.exports = {
	FILE_KEYWORD,
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
};
