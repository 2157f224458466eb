'use strict';
/**
 * The contenders, each set up to send the same request for each item:
 *   PUT|PATCH /platform/api/v1/users/{id}  {"name", "email", "password", "custom_attributes"}
 * (the other package always sends all four fields, so every row sends them).
 * Expression rows take the ID, name and email from the item (`{{ $json... }}`), as a workflow
 * fed by an upstream node does; static rows have every value typed in.
 */
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const PASSWORD = 'Bench-Secret-1!';
const CUSTOM_ATTRIBUTES = '{"plan":"pro"}';
const STATIC = { id: 1, name: 'Alice Bench', email: 'alice.bench@acme.test' };

/** Input items: the users to update (ids cycle over `userIds`), a fresh email per item. */
function makeItems(count, userIds) {
	const items = new Array(count);
	for (let i = 0; i < count; i++) {
		items[i] = { id: userIds[i % userIds.length], name: `Bench User ${i}`, email: `bench.user${i}@bench.test` };
	}
	return items;
}

function thisNode() {
	const { ChatWoot } = require(path.join(ROOT, 'dist/nodes/ChatWoot/ChatWoot.node.js'));
	const { ChatWootApi } = require(path.join(ROOT, 'dist/credentials/ChatWootApi.credentials.js'));
	return { ChatWoot, ChatWootApi };
}

function otherPackage() {
	const dir = path.dirname(require.resolve('@devlikeapro/n8n-nodes-chatwoot/package.json', { paths: [ROOT] }));
	const { ChatWoot } = require(path.join(dir, 'dist/nodes/ChatWoot/ChatWoot.node.js'));
	const { ChatWootApi } = require(path.join(dir, 'dist/credentials/ChatWootApi.credentials.js'));
	return { ChatWoot, ChatWootApi };
}

function httpRequestNode(n8nDir) {
	const base = path.join(n8nDir, 'node_modules/n8n-nodes-base');
	const { HttpRequest } = require(path.join(base, 'dist/nodes/HttpRequest/HttpRequest.node.js'));
	const { HttpHeaderAuth } = require(path.join(base, 'dist/credentials/HttpHeaderAuth.credentials.js'));
	return { HttpRequest, HttpHeaderAuth, version: require(path.join(base, 'package.json')).version };
}

/** value(expression, fixed): the expression on the item for expression rows, else the typed-in value. */
const fromItem = (expressions) => (expression, fixed) => (expressions ? `={{ ${expression} }}` : fixed);

/** Platform User > Update of this node: ID, name and email from the item, or typed in. */
function thisNodeParameters(expressions) {
	const value = fromItem(expressions);
	return {
		resource: 'platformUser',
		operation: 'update',
		userId: value('$json.id', STATIC.id),
		platformUserUpdateFields: {
			name: value('$json.name', STATIC.name),
			email: value('$json.email', STATIC.email),
			password: PASSWORD,
			custom_attributes: CUSTOM_ATTRIBUTES,
		},
	};
}

function thisNodeCredential(fake) {
	return { url: fake.url, accessToken: fake.tokens.platform, kind: 'platformApp', accountId: 1 };
}

const HTTP_REQUEST_VERSION = 4.2;

/** n8n's HTTP Request node sending the same PUT, URL and JSON body from expressions or typed in. */
function httpRequestParameters(expressions, fake) {
	const url = `${fake.url}/platform/api/v1/users/`;
	return {
		method: 'PUT',
		url: expressions ? `=${url}{{ $json.id }}` : `${url}${STATIC.id}`,
		authentication: 'genericCredentialType',
		genericAuthType: 'httpHeaderAuth',
		sendBody: true,
		specifyBody: 'json',
		jsonBody: expressions
			? `={{ JSON.stringify({ name: $json.name, email: $json.email, password: ${JSON.stringify(PASSWORD)}, custom_attributes: ${CUSTOM_ATTRIBUTES} }) }}`
			: JSON.stringify({ name: STATIC.name, email: STATIC.email, password: PASSWORD, custom_attributes: JSON.parse(CUSTOM_ATTRIBUTES) }),
		options: {},
	};
}

function httpHeaderCredential(fake) {
	return { name: 'api-access-token', value: fake.tokens.platform };
}

/**
 * Builds the runNode options of one contender. `fake` = { url, tokens }.
 * kind: 'this' | 'other' | 'http'; expressions: true | false.
 */
function variant(kind, expressions, fake, n8nDir) {
	const value = fromItem(expressions);
	if (kind === 'this') {
		const { ChatWoot, ChatWootApi } = thisNode();
		return {
			typeName: 'n8n-nodes-chatwoot-api.chatWoot',
			nodeType: new ChatWoot(),
			parameters: thisNodeParameters(expressions),
			credentials: {
				chatWootApi: { type: new ChatWootApi(), data: thisNodeCredential(fake) },
			},
		};
	}
	if (kind === 'other') {
		const { ChatWoot, ChatWootApi } = otherPackage();
		return {
			typeName: '@devlikeapro/n8n-nodes-chatwoot.chatWoot',
			nodeType: new ChatWoot(),
			parameters: {
				resource: 'Users',
				operation: 'Update A User',
				id: value('$json.id', STATIC.id),
				name: value('$json.name', STATIC.name),
				email: value('$json.email', STATIC.email),
				password: PASSWORD,
				custom_attributes: CUSTOM_ATTRIBUTES,
			},
			credentials: {
				chatwootApi: { type: new ChatWootApi(), data: { url: fake.url, accessToken: fake.tokens.platform } },
			},
		};
	}
	if (kind === 'http') {
		const { HttpRequest, HttpHeaderAuth } = httpRequestNode(n8nDir);
		return {
			typeName: 'n8n-nodes-base.httpRequest',
			nodeType: new HttpRequest(),
			typeVersion: HTTP_REQUEST_VERSION,
			parameters: httpRequestParameters(expressions, fake),
			credentials: {
				httpHeaderAuth: { type: new HttpHeaderAuth(), data: httpHeaderCredential(fake) },
			},
		};
	}
	throw new Error(`unknown contender ${kind}`);
}

module.exports = {
	variant,
	makeItems,
	thisNode,
	thisNodeParameters,
	thisNodeCredential,
	httpRequestParameters,
	httpHeaderCredential,
	HTTP_REQUEST_VERSION,
	PASSWORD,
	CUSTOM_ATTRIBUTES,
};
