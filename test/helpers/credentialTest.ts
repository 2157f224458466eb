/**
 * The credential's Test button, as n8n runs a credential whose `test` is a request: a
 * one-property node whose routing is that request goes through n8n-core's RoutingNode with
 * the credential, and the outcome is judged the way n8n's credentials tester judges it
 * (no answer or a non-2xx answer: the matching rule's message, else the status text or
 * error). The n8n server (packages/cli) is not a dependency, so the judging is restated here.
 */
import { ExecuteContext, RoutingNode } from 'n8n-core';
import {
	Workflow,
	type ICredentialTestRequest,
	type IExecuteData,
	type INode,
	type INodeType,
	type IRunExecutionData,
} from 'n8n-workflow';
import { additionalDataFor, chatWootCredential, credentialDataOf, TestNodeTypes, type TestCredential } from './engine';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

interface FailedRequest {
	message?: string;
	cause?: { code?: string; response?: { status: number; statusText?: string } };
}

export async function testCredential(credential: TestCredential): Promise<CredentialTestResult> {
	const test = chatWootCredential.test as ICredentialTestRequest;
	const nodeType: INodeType = {
		description: {
			displayName: 'No Operation',
			name: 'n8n-nodes-base.noOp',
			group: ['organization'],
			version: 1,
			description: '',
			defaults: {},
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: 'chatWootApi', required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: test.request } }],
		},
	} as INodeType;
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { chatWootApi: { id: 'cred-1', name: 'ChatWoot account' } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new TestNodeTypes({ [node.type]: nodeType }),
	});
	const inputData = { main: [[{ json: {} }]] };
	const executeData: IExecuteData = { node, data: {}, source: null };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalDataFor(credential),
		'internal',
		{ resultData: { runData: {} } } as IRunExecutionData,
		0,
		[],
		inputData,
		executeData,
		[],
	);
	const credentialsDecrypted = { id: 'cred-1', name: 'ChatWoot account', type: 'chatWootApi', data: credentialDataOf(credential) };
	try {
		await new RoutingNode(context, nodeType, credentialsDecrypted).runNode();
	} catch (error) {
		const failed = error as FailedRequest;
		const response = failed.cause?.response;
		if (response) {
			const rule = (test.rules ?? []).find(
				(candidate) => candidate.type === 'responseCode' && candidate.properties.value === response.status,
			);
			if (rule) return { status: 'Error', message: rule.properties.message };
			if (response.status < 200 || response.status > 299) {
				return { status: 'Error', message: response.statusText || `Received HTTP status code: ${response.status}` };
			}
		} else if (failed.cause?.code) {
			return { status: 'Error', message: failed.cause.code };
		}
		return { status: 'Error', message: String(failed.message) };
	}
	return { status: 'OK', message: 'Connection successful!' };
}
