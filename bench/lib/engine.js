'use strict';
/**
 * The bench's copy of test/helpers/engine.ts, in plain JS and for any node type: runs one
 * node through n8n-core's real engine (WorkflowExecute; declarative nodes go through
 * RoutingNode) with the credentials it asks for, the way a workflow run in n8n does.
 *
 * Differences from the test harness: node types and credential types are passed in (this
 * node, the other package, n8n's HTTP Request node), and declarative node types get n8n's
 * "Request Options" parameter added, as n8n's loader does when it loads a package.
 */
require('reflect-metadata');
const { ExecutionLifecycleHooks, WorkflowExecute, DirectoryLoader } = require('n8n-core');
const { createRunExecutionData, ICredentialsHelper, NodeHelpers, Workflow } = require('n8n-workflow');

const prepared = new WeakSet();

/** What n8n's DirectoryLoader does to every node type it loads (Request Options). */
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
 * Applies a credential type's generic `authenticate` block (header names and values may be
 * expressions) like n8n's CredentialsHelper does.
 * `credentials`: { [typeName]: { type: credential type instance, data: decrypted data } }
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
		const type = this.credentials[typeName]?.type;
		const auth = type?.authenticate;
		if (!auth) return requestOptions;
		if (typeof auth === 'function') return auth(credentials, requestOptions);
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
		if (!entry) throw new Error(`bench: no credential of type ${type}`);
		return entry.data;
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties(type) {
		return this.credentials[type]?.type?.properties ?? [];
	}
}

let executionCounter = 0;

/**
 * options: { typeName, nodeType, typeVersion, parameters, credentials, items, continueOnFail,
 *            settings (extra INode fields: retryOnFail, maxTries, ...) }
 * Returns { items, error, run }.
 */
async function runNode(options) {
	const nodeType = asLoadedByN8n(options.nodeType);
	const nodeTypes = new NodeTypes({ [options.typeName]: nodeType });
	const nodeCredentials = {};
	for (const typeName of Object.keys(options.credentials ?? {})) {
		nodeCredentials[typeName] = { id: `cred-${typeName}`, name: typeName };
	}
	const node = {
		id: 'bench-node',
		name: 'Node',
		type: options.typeName,
		typeVersion: options.typeVersion ?? 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: nodeCredentials,
		continueOnFail: options.continueOnFail,
		...(options.settings ?? {}),
	};
	const workflowData = { id: 'bench-workflow', name: 'bench', nodes: [node], connections: {}, active: false, settings: {} };
	const workflow = new Workflow({ ...workflowData, nodeTypes, staticData: {} });
	const executionId = `bench-${++executionCounter}`;
	const mode = 'manual';

	let finished;
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowData);
	hooks.addHandler('workflowExecuteAfter', (run) => {
		finished = run;
	});
	const additionalData = {
		hooks,
		credentialsHelper: new CredentialsHelper(options.credentials ?? {}),
		executionId,
		variables: {},
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'bench-user',
		setExecutionStatus: () => {},
	};
	const items = (options.items ?? [{}]).map((json) => ({ json }));
	const executeData = { node, data: { main: [items] }, source: null };
	const runExecutionData = createRunExecutionData({ executionData: { nodeExecutionStack: [executeData] } });
	const execution = new WorkflowExecute(additionalData, mode, runExecutionData);
	const run = await execution.processRunExecutionData(workflow);
	const result = finished ?? run;
	const nodeRuns = result.data.resultData.runData[node.name] ?? [];
	return {
		items: nodeRuns[0]?.data?.main?.[0] ?? [],
		error: result.data.resultData.error,
		run: result,
	};
}

module.exports = { runNode };
