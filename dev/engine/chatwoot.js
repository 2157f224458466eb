'use strict';
/**
 * The engine harness (./index.js) bound to this package's built ChatWoot node and credential
 * (dist/, as n8n loads them: tests exercise what ships, not the sources), with the test
 * suites' credential shape. test/helpers/engine.ts re-exports it; types: ./chatwoot.d.ts.
 */
const path = require('node:path');

const engine = require('./index');

const DIST = path.resolve(__dirname, '../../dist');
const { ChatWoot } = require(path.join(DIST, 'nodes/ChatWoot/ChatWoot.node.js'));
const { ChatWootApi } = require(path.join(DIST, 'credentials/ChatWootApi.credentials.js'));

const NODE_TYPE = 'n8n-nodes-chatwoot-api.chatWoot';
const CREDENTIAL_TYPE = 'chatWootApi';
/** With the Settings > Request Options n8n's loader adds, so that tests run the node as n8n does. */
const chatWootNode = engine.asLoadedByN8n(new ChatWoot());
const chatWootCredential = new ChatWootApi();

/** The credential as the engine hands it to the node: the test's values over n8n's defaults. */
function credentialDataOf(credential) {
	return { kind: 'user', accountId: 1, ...credential };
}

/** The credentials helper for one ChatWoot credential (decrypted `data`). */
class TestCredentialsHelper extends engine.CredentialsHelper {
	constructor(data) {
		super({ [CREDENTIAL_TYPE]: { type: chatWootCredential, data } });
	}
}

/** What n8n passes along with an execution, for one ChatWoot credential. */
function additionalDataFor(credential, extra = {}) {
	return engine.additionalData(new TestCredentialsHelper(credentialDataOf(credential)), extra);
}

/** Runs the ChatWoot node over the items with the given parameters and credential. */
function runNode(options) {
	return engine.runNode({
		typeName: NODE_TYPE,
		nodeType: chatWootNode,
		parameters: options.parameters,
		credentials: {
			[CREDENTIAL_TYPE]: { type: chatWootCredential, data: credentialDataOf(options.credential), id: 'cred-1', name: 'ChatWoot account' },
		},
		items: options.items,
		inputItems: options.inputItems,
		continueOnFail: options.continueOnFail,
		node: {
			id: 'chatwoot-node',
			name: 'ChatWoot',
			...(options.retryOnFail
				? { retryOnFail: true, maxTries: options.retryOnFail.maxTries, waitBetweenTries: options.retryOnFail.waitBetweenTries }
				: {}),
			...options.node,
		},
	});
}

/** Evaluates an n8n expression (e.g. the credential's) with the engine's own evaluator. */
function evaluateExpression(expression, additionalKeys) {
	return engine.evaluateExpression({ typeName: NODE_TYPE, nodeType: chatWootNode, name: 'ChatWoot' }, expression, additionalKeys);
}

module.exports = {
	NODE_TYPE,
	chatWootNode,
	chatWootCredential,
	credentialDataOf,
	TestCredentialsHelper,
	additionalDataFor,
	runNode,
	evaluateExpression,
};
