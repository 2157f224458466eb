// Types of ./chatwoot.js (the engine harness bound to the built ChatWoot node).
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { CredentialsHelper, type EngineRunResult } from './index';

export const NODE_TYPE: string;
export const chatWootNode: INodeType;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the built credential, loaded untyped (tests call its `authenticate` and read its `test`)
export const chatWootCredential: any;

export interface TestCredential {
	url: string;
	accessToken: string;
	kind?: 'user' | 'agentBot' | 'platformApp';
	accountId?: number;
}

export interface RunOptions {
	parameters: INodeParameters;
	credential: TestCredential;
	items?: IDataObject[];
	/** Input items with binary data (file uploads); takes the place of `items`. */
	inputItems?: INodeExecutionData[];
	continueOnFail?: boolean;
	retryOnFail?: { maxTries: number; waitBetweenTries: number };
	/** Fields of the node over the defaults. */
	node?: Partial<INode>;
}

export type RunResult = EngineRunResult;

export function credentialDataOf(credential: TestCredential): ICredentialDataDecryptedObject;

export class TestCredentialsHelper extends CredentialsHelper {
	constructor(data: ICredentialDataDecryptedObject);
}

export function additionalDataFor(credential: TestCredential, extra?: IDataObject): IWorkflowExecuteAdditionalData;

export function runNode(options: RunOptions): Promise<RunResult>;

export function evaluateExpression(expression: string, additionalKeys: IDataObject): unknown;
