'use strict';
/**
 * The in-process n8n engine harness: runs one node through n8n-core's real engine
 * (WorkflowExecute, which hands declarative nodes to RoutingNode) the way a workflow run in
 * n8n does, without a server. One harness for the jest tests (test/helpers/engine.ts, through
 * ./chatwoot.js) and the bench (bench/lib/*-child.js, any node type: this node, the other
 * package, n8n's HTTP Request node), so that both measure and test the same engine set-up.
 *
 * What it does as n8n does: node types get the Settings > Request Options n8n's loader adds
 * to declarative nodes (asLoadedByN8n), and credentials are applied like n8n's
 * CredentialsHelper applies them (a function `authenticate`, or the generic block with
 * expressions in header names and values). Types: ./index.d.ts.
 */
require('reflect-metadata');
const { DirectoryLoader, ExecutionLifecycleHooks, WorkflowExecute } = require('n8n-core');
const { createRunExecutionData, ICredentialsHelper, NodeHelpers, Workflow } = require('n8n-workflow');

const prepared = new WeakSet();

/** What n8n's DirectoryLoader does to every node type it loads (Request Options); once per type. */
function asLoadedByN8n(nodeType) {
	if (prepared.has(nodeType)) return nodeType;
	prepared.add(nodeType);
	if (nodeType.nodeVersions) {
		for (const version of Object.values(nodeType.nodeVersions)) asLoadedByN8n(version);
		return nodeType;
	}
	DirectoryLoader.applyDeclarativeNodeOptionParameters(nodeType);
	return nodeType;
}

/** INodeTypes over a fixed map of type name → node type. */
class NodeTypes {
	constructor(types) {
		this.types = types;
	}
	getByName(name) {
		return this.types[name];
	}
	getByNameAndVersion(name, version) {
		return NodeHelpers.getVersionedNodeType(this.types[name], version);
	}
	getKnownTypes() {
		return {};
	}
}

/**
 * Hands out decrypted credential data and applies a credential type's `authenticate`.
 * `credentials`: { [credential type name]: { type: credential type instance, data } }.
 */
class CredentialsHelper extends ICredentialsHelper {
	constructor(credentials) {
		super();
		this.credentials = credentials;
	}
	getParentTypes() {
		return [];
	}
	isCredentialUsableByNode() {
		return true;
	}
	async authenticate(credentials, typeName, requestOptions, workflow, node) {
		const auth = this.credentials[typeName]?.type?.authenticate;
		if (!auth) return requestOptions;
		// n8n calls a function-typed `authenticate` with the credential data and the request
		if (typeof auth === 'function') return await auth(credentials, requestOptions);
		const resolve = (value) =>
			workflow.expression.getParameterValue(value, null, 0, 0, node.name, [], 'manual', { $credentials: credentials });
		const result = { ...requestOptions };
		for (const [where, entries] of Object.entries(auth.properties)) {
			const target = { ...(result[where] ?? {}) };
			for (const [name, value] of Object.entries(entries)) target[resolve(name)] = resolve(value);
			result[where] = target;
		}
		return result;
	}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
	async getCredentials() {
		throw new Error('not used');
	}
	async getDecrypted(_additionalData, _nodeCredentials, type) {
		const entry = this.credentials[type];
		if (!entry) throw new Error(`engine harness: no credential of type ${type}`);
		return entry.data;
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties(type) {
		return this.credentials[type]?.type?.properties ?? [];
	}
}

/** What n8n passes along with an execution: the credential helper and the instance's URLs. */
function additionalData(credentialsHelper, extra = {}) {
	return {
		credentialsHelper,
		variables: {},
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'test-user',
		setExecutionStatus: () => {},
		...extra,
	};
}

let executionCounter = 0;

/**
 * Runs one node, as the only node of a workflow, over the input items; see index.d.ts
 * (EngineRunOptions) for the options. Returns { items, error, run }: the node's first
 * output, the run's error (a workflow error that stopped it) and the whole run.
 */
async function runNode(options) {
	const nodeType = asLoadedByN8n(options.nodeType);
	const nodeTypes = new NodeTypes({ [options.typeName]: nodeType });
	const credentials = options.credentials ?? {};
	const nodeCredentials = {};
	for (const [typeName, entry] of Object.entries(credentials)) {
		nodeCredentials[typeName] = { id: entry.id ?? `cred-${typeName}`, name: entry.name ?? typeName };
	}
	const node = {
		id: 'node',
		name: 'Node',
		type: options.typeName,
		typeVersion: options.typeVersion ?? 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: nodeCredentials,
		continueOnFail: options.continueOnFail,
		...options.node,
	};
	const workflowData = { id: 'test-workflow', name: 'test', nodes: [node], connections: {}, active: false, settings: {} };
	const workflow = new Workflow({ ...workflowData, nodeTypes, staticData: {} });
	const executionId = `test-${++executionCounter}`;
	const mode = 'manual';

	let finished;
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowData);
	hooks.addHandler('workflowExecuteAfter', (run) => {
		finished = run;
	});
	const data = additionalData(new CredentialsHelper(credentials), { hooks, executionId });
	const items = options.inputItems ?? (options.items ?? [{}]).map((json) => ({ json }));
	const executeData = { node, data: { main: [items] }, source: null };
	const runExecutionData = createRunExecutionData({ executionData: { nodeExecutionStack: [executeData] } });
	const execution = new WorkflowExecute(data, mode, runExecutionData);
	const run = await execution.processRunExecutionData(workflow);
	const result = finished ?? run;
	const nodeRuns = result.data.resultData.runData[node.name] ?? [];
	return {
		items: nodeRuns[0]?.data?.main?.[0] ?? [],
		error: result.data.resultData.error,
		run: result,
	};
}

/** Evaluates an n8n expression with the engine's own evaluator, in a workflow holding the node. */
function evaluateExpression({ typeName, nodeType, name = 'Node' }, expression, additionalKeys) {
	const nodeTypes = new NodeTypes({ [typeName]: nodeType });
	const node = { id: 'expression-node', name, type: typeName, typeVersion: 1, position: [0, 0], parameters: {} };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getParameterValue(expression, null, 0, 0, node.name, [], 'manual', additionalKeys);
}

module.exports = { asLoadedByN8n, NodeTypes, CredentialsHelper, additionalData, runNode, evaluateExpression };
