/**
 * Runs the built ChatWoot node through n8n-core's real engine (WorkflowExecute, which hands
 * declarative nodes to RoutingNode), the way a workflow run in n8n does, without a server.
 */
import 'reflect-metadata';
import { DirectoryLoader, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type IDataObject,
	type IExecuteData,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeProperties,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';
import * as path from 'node:path';

const DIST = path.resolve(__dirname, '../../dist');

// The built files, as n8n loads them (tests exercise what ships, not the sources).
/* eslint-disable @typescript-eslint/no-require-imports */
const { ChatWoot } = require(path.join(DIST, 'nodes/ChatWoot/ChatWoot.node.js'));
const { ChatWootApi } = require(path.join(DIST, 'credentials/ChatWootApi.credentials.js'));
/* eslint-enable @typescript-eslint/no-require-imports */

export const NODE_TYPE = 'n8n-nodes-chatwoot-api.chatWoot';
export const chatWootNode: INodeType = new ChatWoot();
// n8n's loader adds Settings > Request Options (timeout, batching, proxy) to every declarative
// node of a package it loads: so does the harness, so that tests run the node as n8n does.
DirectoryLoader.applyDeclarativeNodeOptionParameters(chatWootNode);
export const chatWootCredential = new ChatWootApi();

export class TestNodeTypes implements INodeTypes {
	constructor(private readonly types: Record<string, INodeType | IVersionedNodeType>) {}
	getByName(name: string) {
		return this.types[name];
	}
	getByNameAndVersion(name: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.types[name], version);
	}
	getKnownTypes() {
		return {};
	}
}

export interface TestCredential {
	url: string;
	accessToken: string;
	kind?: 'user' | 'agentBot' | 'platformApp';
	accountId?: number;
}

/** Applies the credential's `authenticate` (function or generic block) like n8n's CredentialsHelper does. */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: ICredentialDataDecryptedObject) {
		super();
	}
	getParentTypes() {
		return [];
	}
	isCredentialUsableByNode() {
		return true;
	}
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		_typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		// n8n calls a function-typed `authenticate` with the credential data and the request
		if (typeof chatWootCredential.authenticate === 'function') {
			return await chatWootCredential.authenticate(credentials, requestOptions);
		}
		const headers = chatWootCredential.authenticate.properties.headers as Record<string, string>;
		const resolved: Record<string, string> = {};
		for (const [name, value] of Object.entries(headers)) {
			resolved[name] = workflow!.expression.getParameterValue(
				value,
				null,
				0,
				0,
				node!.name,
				[],
				'manual',
				{ $credentials: credentials },
			) as string;
		}
		return { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), ...resolved } };
	}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used');
	}
	async getDecrypted() {
		return this.data;
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties(): INodeProperties[] {
		return chatWootCredential.properties;
	}
}

export interface RunOptions {
	parameters: INodeParameters;
	credential: TestCredential;
	items?: IDataObject[];
	/** Input items with binary data (file uploads); takes the place of `items`. */
	inputItems?: INodeExecutionData[];
	continueOnFail?: boolean;
	retryOnFail?: { maxTries: number; waitBetweenTries: number };
	/** Extra node types, e.g. n8n's HTTP Request node for benchmarks. */
	node?: Partial<INode>;
}

export interface RunResult {
	items: INodeExecutionData[];
	error?: Error & IDataObject;
	run: IRun;
}

/** The credential as the engine hands it to the node: the test's values over n8n's defaults. */
export function credentialDataOf(credential: TestCredential): ICredentialDataDecryptedObject {
	return { kind: 'user', accountId: 1, ...credential };
}

/** What n8n passes along with an execution: the credential helper and the instance's URLs. */
export function additionalDataFor(credential: TestCredential, extra: IDataObject = {}): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(credentialDataOf(credential)),
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
	} as unknown as IWorkflowExecuteAdditionalData;
}

let executionCounter = 0;

export async function runNode(options: RunOptions): Promise<RunResult> {
	const nodeTypes = new TestNodeTypes({ [NODE_TYPE]: chatWootNode });
	const node: INode = {
		id: 'chatwoot-node',
		name: 'ChatWoot',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: { chatWootApi: { id: 'cred-1', name: 'ChatWoot account' } },
		continueOnFail: options.continueOnFail,
		...(options.retryOnFail
			? {
					retryOnFail: true,
					maxTries: options.retryOnFail.maxTries,
					waitBetweenTries: options.retryOnFail.waitBetweenTries,
				}
			: {}),
		...options.node,
	};
	const workflowData = {
		id: 'test-workflow',
		name: 'test',
		nodes: [node],
		connections: {},
		active: false,
		settings: {},
	};
	const workflow = new Workflow({ ...workflowData, nodeTypes, staticData: {} });
	const executionId = `test-${++executionCounter}`;
	const mode: WorkflowExecuteMode = 'manual';

	let finished: IRun | undefined;
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowData as never);
	hooks.addHandler('workflowExecuteAfter', (run: IRun) => {
		finished = run;
	});

	const additionalData = additionalDataFor(options.credential, { hooks, executionId });

	const items = options.inputItems ?? (options.items ?? [{}]).map((json) => ({ json }));
	const executeData: IExecuteData = { node, data: { main: [items] }, source: null };
	const runExecutionData = createRunExecutionData({
		executionData: { nodeExecutionStack: [executeData] },
	});
	const execution = new WorkflowExecute(additionalData, mode, runExecutionData);
	const run = await execution.processRunExecutionData(workflow);
	const result = finished ?? run;
	const nodeRuns = result.data.resultData.runData[node.name] ?? [];
	const output = nodeRuns[0]?.data?.main?.[0] ?? [];
	return {
		items: output,
		error: result.data.resultData.error as RunResult['error'],
		run: result,
	};
}

/** Evaluates an n8n expression (e.g. the credential's) with the engine's own evaluator. */
export function evaluateExpression(expression: string, additionalKeys: IDataObject): unknown {
	const nodeTypes = new TestNodeTypes({ [NODE_TYPE]: chatWootNode });
	const node: INode = {
		id: 'expression-node',
		name: 'ChatWoot',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getParameterValue(expression, null, 0, 0, node.name, [], 'manual', additionalKeys);
}
