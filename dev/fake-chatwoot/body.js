'use strict';
// Request bodies: JSON, urlencoded and multipart (busboy), read the way Rails reads them.

const Busboy = require('busboy');
const { SpecRejection, UploadedFile, JSON_TYPE, MULTIPART, URLENCODED } = require('./spec');

function mediaType(header) {
	return String(header || '')
		.split(';')[0]
		.trim()
		.toLowerCase();
}

/** "profile[name]" -> ['profile', 'name']; "attachments[]" -> ['attachments', '']. */
function railsKeyPath(key) {
	const m = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
	if (!m) return [key];
	return [m[1], ...[...m[2].matchAll(/\[([^[\]]*)\]/g)].map((x) => x[1])];
}

/** Puts a value where Rails' nested-parameter parser would (`a[b]`, `a[]`). */
function assignRailsParam(target, key, value) {
	const parts = railsKeyPath(key);
	let node = target;
	for (let i = 0; i < parts.length - 1; i++) {
		const part = parts[i];
		const wantsArray = parts[i + 1] === '';
		if (part === '') {
			// `a[][b]`: an array of hashes; a key already present starts a new hash
			const last = node[node.length - 1];
			if (last && typeof last === 'object' && !(parts[i + 1] in last)) node = last;
			else node = node[node.push({}) - 1];
			continue;
		}
		if (node[part] === undefined || typeof node[part] !== 'object') node[part] = wantsArray ? [] : {};
		node = node[part];
	}
	const last = parts[parts.length - 1];
	if (last === '' && Array.isArray(node)) node.push(value);
	else node[last] = value;
}

function parseJson(raw) {
	try {
		return JSON.parse(raw.toString('utf8'));
	} catch (err) {
		throw new SpecRejection(`body is not valid JSON (${err.message})`);
	}
}

function parseUrlencoded(raw) {
	const value = {};
	for (const [key, v] of new URLSearchParams(raw.toString('utf8'))) assignRailsParam(value, key, v);
	return value;
}

/** Collects fields and files; resolves { fields, files } as RecordedRequest shows them. */
function readMultipart(headers, raw) {
	return new Promise((resolve, reject) => {
		let bb;
		try {
			bb = Busboy({ headers });
		} catch (err) {
			reject(new SpecRejection(`multipart body cannot be read (${err.message})`));
			return;
		}
		const fields = {};
		const files = [];
		bb.on('field', (name, val) => {
			if (name in fields) fields[name] = [].concat(fields[name], val);
			else fields[name] = val;
		});
		bb.on('file', (field, stream, info) => {
			const chunks = [];
			stream.on('data', (c) => chunks.push(c));
			stream.on('end', () => files.push({ field, filename: info.filename, mimeType: info.mimeType, data: Buffer.concat(chunks) }));
		});
		bb.on('close', () => resolve({ fields, files }));
		bb.on('error', (err) => reject(new SpecRejection(`multipart body cannot be read (${err.message})`)));
		bb.end(raw);
	});
}

/** The object Rails would see as params, files in place as UploadedFile. */
function multipartParams({ fields, files }) {
	const value = {};
	for (const [name, v] of Object.entries(fields)) {
		for (const one of [].concat(v)) assignRailsParam(value, name, one);
	}
	for (const file of files) assignRailsParam(value, file.field, new UploadedFile(file));
	return value;
}

/**
 * Parses a raw body. Returns { kind: 'none' } for an empty body, else
 * { kind, contentType, value (what gets validated), recorded (what RecordedRequest.body shows) }.
 * Throws SpecRejection for a body that cannot be read.
 */
async function parseBody(headers, raw) {
	if (!raw || raw.length === 0) return { kind: 'none' };
	const contentType = mediaType(headers['content-type']);
	if (contentType === JSON_TYPE) {
		const value = parseJson(raw);
		return { kind: 'json', contentType, value, recorded: value };
	}
	if (contentType === URLENCODED) {
		// two copies: the spec check coerces types in `value`, the record keeps the strings
		return { kind: 'form', contentType, value: parseUrlencoded(raw), recorded: parseUrlencoded(raw) };
	}
	if (contentType === MULTIPART) {
		const recorded = await readMultipart(headers, raw);
		return { kind: 'multipart', contentType, value: multipartParams(recorded), recorded };
	}
	return { kind: 'other', contentType, value: raw.toString('utf8'), recorded: raw.toString('utf8') };
}

/** Query string as RecordedRequest shows it (repeated keys become arrays). */
function recordedQuery(searchParams) {
	const query = {};
	for (const [key, value] of searchParams) {
		if (key in query) query[key] = [].concat(query[key], value);
		else query[key] = value;
	}
	return query;
}

/** Query string for the spec check: every key with all its values. */
function queryValues(searchParams) {
	const query = {};
	for (const [key, value] of searchParams) (query[key] = query[key] || []).push(value);
	return query;
}

/** Query string as Rails params: `labels[]=a` -> { labels: ['a'] }, last plain value wins. */
function queryParams(searchParams) {
	const params = {};
	for (const [key, value] of searchParams) assignRailsParam(params, key, value);
	return params;
}

module.exports = { parseBody, recordedQuery, queryValues, queryParams, mediaType };
