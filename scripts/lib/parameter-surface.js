'use strict';
/**
 * The public parameter surface of the package: what saved workflows depend on. Every parameter
 * of the action node per resource and operation, of the trigger and of the credential, down to
 * collection options, with its type, default, option values and locator modes. Flat, one
 * entry per path, e.g. `chatWoot/contact/create/contactAdditionalFields/email`.
 *
 * A saved workflow breaks when an entry it uses disappears, changes type or default, or loses
 * an option value; adding entries, option values or modes is safe. compareSurfaces() tells
 * the two apart. Each operation's entry also lists its fields in the editor's order. Read from dist/ (what ships). Node built-ins only.
 */
const path = require('node:path');

const DIST = path.resolve(__dirname, '..', '..', 'dist');

function describe(property) {
	const entry = { type: property.type };
	if (property.default !== undefined) entry.default = property.default;
	if (property.type === 'options' || property.type === 'multiOptions') {
		entry.options = (property.options ?? []).map((option) => option.value).sort();
	}
	if (property.type === 'resourceLocator') entry.modes = (property.modes ?? []).map((mode) => mode.name).sort();
	return entry;
}

/** Adds `property` and whatever it contains (collection options, fixedCollection values). */
function add(surface, prefix, property) {
	const at = `${prefix}/${property.name}`;
	surface[at] = describe(property);
	if (property.type === 'collection') {
		for (const option of property.options ?? []) add(surface, at, option);
	}
	if (property.type === 'fixedCollection') {
		for (const group of property.options ?? []) {
			surface[`${at}/${group.name}`] = { type: 'fixedCollectionGroup' };
			for (const value of group.values ?? []) add(surface, `${at}/${group.name}`, value);
		}
	}
}

function shownFor(property, key, value) {
	const show = property.displayOptions?.show?.[key];
	const hide = property.displayOptions?.hide?.[key];
	return (!show || show.includes(value)) && !(hide && hide.includes(value));
}

function actionNodeSurface(surface, description) {
	const resources = description.properties.find((p) => p.name === 'resource').options.map((o) => o.value);
	for (const resource of resources) {
		const operationProperty = description.properties.find((p) => p.name === 'operation' && shownFor(p, 'resource', resource));
		for (const { value: operation } of operationProperty.options) {
			const prefix = `${description.name}/${resource}/${operation}`;
			const fields = [];
			surface[prefix] = { type: 'operation', fields };
			for (const property of description.properties) {
				if (['resource', 'operation'].includes(property.name)) continue;
				if (!property.displayOptions?.show?.resource && !property.displayOptions?.show?.operation) {
					add(surface, description.name, property); // shown for every operation (Account)
					continue;
				}
				if (shownFor(property, 'resource', resource) && shownFor(property, 'operation', operation)) {
					add(surface, prefix, property);
					fields.push(property.name);
				}
			}
		}
	}
	add(surface, description.name, description.properties.find((p) => p.name === 'resource'));
}

/** The surface of the built package. */
function currentSurface() {
	const { ChatWoot } = require(path.join(DIST, 'nodes/ChatWoot/ChatWoot.node.js'));
	const { ChatWootTrigger } = require(path.join(DIST, 'nodes/ChatWootTrigger/ChatWootTrigger.node.js'));
	const { ChatWootApi } = require(path.join(DIST, 'credentials/ChatWootApi.credentials.js'));
	const surface = {};
	actionNodeSurface(surface, new ChatWoot().description);
	const trigger = new ChatWootTrigger().description;
	for (const property of trigger.properties) add(surface, trigger.name, property);
	const credential = new ChatWootApi();
	for (const property of credential.properties) add(surface, credential.name, property);
	return Object.fromEntries(Object.entries(surface).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * What changed from `recorded` to `current`: `breaking` (an entry gone, or its type or default
 * changed, or an option value or mode gone), `added` (new entries) and `reordered` (operations
 * whose fields the editor shows in another order: harmless for saved workflows, but visible).
 */
function compareSurfaces(recorded, current) {
	const breaking = [];
	for (const [at, before] of Object.entries(recorded)) {
		const now = current[at];
		if (!now) {
			breaking.push(`${at}: removed`);
			continue;
		}
		if (now.type !== before.type) breaking.push(`${at}: type ${before.type} -> ${now.type}`);
		if (JSON.stringify(now.default) !== JSON.stringify(before.default)) {
			breaking.push(`${at}: default ${JSON.stringify(before.default)} -> ${JSON.stringify(now.default)}`);
		}
		for (const key of ['options', 'modes']) {
			const lost = (before[key] ?? []).filter((value) => !(now[key] ?? []).includes(value));
			if (lost.length > 0) breaking.push(`${at}: ${key} removed: ${lost.join(', ')}`);
		}
	}
	const added = Object.keys(current).filter((at) => !(at in recorded));
	const reordered = Object.keys(recorded).filter(
		(at) => recorded[at].fields && current[at]?.fields && JSON.stringify(recorded[at].fields) !== JSON.stringify(current[at].fields.filter((name) => recorded[at].fields.includes(name))),
	);
	return { breaking, added, reordered };
}

/** One entry per line: a change shows as a one-line diff. */
function formatSurface(surface) {
	const lines = Object.entries(surface).map(([at, entry]) => `  ${JSON.stringify(at)}: ${JSON.stringify(entry)}`);
	return `{\n${lines.join(',\n')}\n}\n`;
}

module.exports = { currentSurface, compareSurfaces, formatSurface };
