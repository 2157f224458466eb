'use strict';
/** Small builders for the workflows the end-to-end tier imports. */

const crypto = require('node:crypto');
const n8n = require('../../scripts/lib/n8n');

const NODE_TYPE = `${n8n.PACKAGE_NAME}.chatWoot`;
const TRIGGER_TYPE = `${n8n.PACKAGE_NAME}.chatWootTrigger`;
/** The AI tool variant n8n derives from the node (usableAsTool: true). */
const TOOL_TYPE = `${n8n.PACKAGE_NAME}.chatWootTool`;

let column = 0;
function node(name, type, typeVersion, parameters, extra = {}) {
	column += 220;
	return { id: crypto.randomUUID(), name, type, typeVersion, position: [column, 0], parameters, ...extra };
}

/** A ChatWoot node with the given credential ({id, name}); `settings` e.g. { executeOnce: true }. */
function chatwoot(name, credential, parameters, settings = {}) {
	return node(name, NODE_TYPE, 1, parameters, {
		credentials: { chatWootApi: { id: credential.id, name: credential.name } },
		...settings,
	});
}

function manualTrigger(name = 'Start') {
	return node(name, 'n8n-nodes-base.manualTrigger', 1, {});
}

/** A resource locator in "By ID" mode; the value may be an expression ("={{ ... }}"). */
function byId(value) {
	return { __rl: true, mode: 'id', value: typeof value === 'number' ? String(value) : value };
}

/** Main connections that run the named nodes one after the other. */
function inSequence(names) {
	const connections = {};
	for (let i = 0; i + 1 < names.length; i++) {
		connections[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	}
	return connections;
}

function workflow(id, name, nodes, connections) {
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes, connections, pinData: {} };
}

module.exports = { NODE_TYPE, TRIGGER_TYPE, TOOL_TYPE, node, chatwoot, manualTrigger, byId, inSequence, workflow };
