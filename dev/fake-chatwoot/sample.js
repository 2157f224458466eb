'use strict';
// A plausible answer for an operation the fake keeps no state for: an instance of the
// spec's 200 response schema, built from the schema's examples and types.

const JSON_TYPE = 'application/json';

function deref(doc, schema, stack) {
	let s = schema;
	while (s && s.$ref) {
		if (stack.includes(s.$ref)) return undefined;
		stack = [...stack, s.$ref];
		s = s.$ref
			.slice(2)
			.split('/')
			.reduce((node, key) => node[key], doc);
	}
	return { schema: s, stack };
}

function firstType(schema) {
	if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null') || 'null';
	if (schema.type) return schema.type;
	if (schema.properties) return 'object';
	if (schema.items) return 'array';
	return undefined;
}

function sampleFromSchema(doc, schema, stack = [], depth = 0) {
	const resolved = deref(doc, schema, stack);
	if (!resolved || !resolved.schema || depth > 8) return null;
	const s = resolved.schema;
	if (s.example !== undefined) return s.example;
	if (s.enum) return s.enum[0];
	if (s.allOf) return Object.assign({}, ...s.allOf.map((sub) => sampleFromSchema(doc, sub, resolved.stack, depth + 1) || {}));
	if (s.oneOf || s.anyOf) return sampleFromSchema(doc, (s.oneOf || s.anyOf)[0], resolved.stack, depth + 1);
	switch (firstType(s)) {
		case 'object': {
			const out = {};
			for (const [name, sub] of Object.entries(s.properties || {})) out[name] = sampleFromSchema(doc, sub, resolved.stack, depth + 1);
			return out;
		}
		case 'array':
			return s.items ? [sampleFromSchema(doc, s.items, resolved.stack, depth + 1)] : [];
		case 'integer':
		case 'number':
			return 1;
		case 'boolean':
			return false;
		case 'string':
			return s.format === 'date-time' ? new Date(0).toISOString() : '';
		default:
			return null;
	}
}

/** The body of the first 2xx JSON response of an operation, or undefined when it has none. */
function sampleResponse(doc, operation) {
	const responses = operation.responses || {};
	const code = Object.keys(responses).find((c) => /^2/.test(c));
	const content = code && responses[code].content && responses[code].content[JSON_TYPE];
	if (!content || !content.schema) return undefined;
	return sampleFromSchema(doc, content.schema);
}

module.exports = { sampleResponse, sampleFromSchema };
