'use strict';
/**
 * The workflows of the queue test (test/queue/run.js), as `n8n import:workflow` takes them.
 *
 * - update: Webhook (POST /webhook/<path>, answers with the last node's output) ->
 *   ChatWoot Platform: User > Update, user id and name from the request body.
 * - slowUpdate: the same with a Wait of `waitSeconds` between the two, so that runs are
 *   still in flight on a worker when the test kills it.
 * - trigger: ChatWoot Trigger (message_created) -> ChatWoot Platform: User > Update of the
 *   event's sender, name = the message content.
 */

const crypto = require('node:crypto');

const n8n = require('../../scripts/lib/n8n');

const NODE_TYPE = `${n8n.PACKAGE_NAME}.chatWoot`;
const TRIGGER_TYPE = `${n8n.PACKAGE_NAME}.chatWootTrigger`;

function credentialRef(credential) {
	return { chatWootApi: { id: credential.id, name: credential.name } };
}

function userUpdateNode(credential, userIdExpression, nameExpression, position) {
	return {
		id: crypto.randomUUID(),
		name: 'Update User',
		type: NODE_TYPE,
		typeVersion: 1,
		position,
		parameters: {
			resource: 'platformUser',
			operation: 'update',
			userId: `={{ ${userIdExpression} }}`,
			platformUserUpdateFields: { name: `={{ ${nameExpression} }}` },
		},
		credentials: credentialRef(credential),
	};
}

function webhookNode(path) {
	return {
		id: crypto.randomUUID(),
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: crypto.randomUUID(),
		parameters: {
			httpMethod: 'POST',
			path,
			responseMode: 'lastNode',
			responseData: 'firstEntryJson',
			options: {},
		},
	};
}

function base(id, name, nodes, connections) {
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes, connections, pinData: {} };
}

function updateWorkflow(id, { path, credential }) {
	return base(
		id,
		'queue: webhook -> update platform user',
		[webhookNode(path), userUpdateNode(credential, '$json.body.userId', '$json.body.name', [240, 0])],
		{ Webhook: { main: [[{ node: 'Update User', type: 'main', index: 0 }]] } },
	);
}

function slowUpdateWorkflow(id, { path, credential, waitSeconds }) {
	return base(
		id,
		'queue: webhook -> wait -> update platform user',
		[
			webhookNode(path),
			{
				id: crypto.randomUUID(),
				name: 'Wait',
				type: 'n8n-nodes-base.wait',
				typeVersion: 1.1,
				position: [220, 0],
				webhookId: crypto.randomUUID(),
				parameters: { resume: 'timeInterval', amount: waitSeconds, unit: 'seconds' },
			},
			userUpdateNode(credential, "$('Webhook').item.json.body.userId", "$('Webhook').item.json.body.name", [440, 0]),
		],
		{
			Webhook: { main: [[{ node: 'Wait', type: 'main', index: 0 }]] },
			Wait: { main: [[{ node: 'Update User', type: 'main', index: 0 }]] },
		},
	);
}

function triggerWorkflow(id, { userCredential, platformCredential }) {
	return base(
		id,
		'queue: ChatWoot Trigger -> update platform user',
		[
			{
				id: crypto.randomUUID(),
				name: 'ChatWoot Trigger',
				type: TRIGGER_TYPE,
				typeVersion: 1,
				position: [0, 0],
				webhookId: crypto.randomUUID(),
				parameters: { events: ['message_created'], options: {} },
				credentials: credentialRef(userCredential),
			},
			userUpdateNode(platformCredential, '$json.sender.id', '$json.content', [240, 0]),
		],
		{ 'ChatWoot Trigger': { main: [[{ node: 'Update User', type: 'main', index: 0 }]] } },
	);
}

module.exports = { updateWorkflow, slowUpdateWorkflow, triggerWorkflow };
