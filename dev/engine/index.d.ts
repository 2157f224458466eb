// Types of ./index.js (the engine harness) for the TypeScript tests.
import {
	ICredentialsHelper,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

/** One credential of the run: its type, its decrypted data, and how the node refers to it. */
export interface CredentialEntry {
	type: ICredentialType;
	data: ICredentialDataDecryptedObject;
	/** Default `cred-<type name>`. */
	id?: string;
	/** Default the type name. */
	name?: string;
}

export type Credentials = Record<string, CredentialEntry>;

export interface EngineRunOptions {
	typeName: string;
	nodeType: INodeType | IVersionedNodeType;
	typeVersion?: number;
	parameters: INodeParameters;
	credentials?: Credentials;
	/** Input items (json only); default one empty item. */
	items?: IDataObject[];
	/** Input items with binary data (file uploads); takes the place of `items`. */
	inputItems?: INodeExecutionData[];
	continueOnFail?: boolean;
	/** Fields of the node over the defaults (id, name, retryOnFail, maxTries...). */
	node?: Partial<INode>;
}

export interface EngineRunResult {
	items: INodeExecutionData[];
	error?: Error & IDataObject;
	run: IRun;
}

export function asLoadedByN8n<T extends INodeType | IVersionedNodeType>(nodeType: T): T;

export class NodeTypes implements INodeTypes {
	constructor(types: Record<string, INodeType | IVersionedNodeType>);
	getByName(name: string): INodeType | IVersionedNodeType;
	getByNameAndVersion(name: string, version?: number): INodeType;
	getKnownTypes(): IDataObject;
}

export class CredentialsHelper extends ICredentialsHelper {
	constructor(credentials: Credentials);
}

export function additionalData(credentialsHelper: ICredentialsHelper, extra?: IDataObject): IWorkflowExecuteAdditionalData;

export function runNode(options: EngineRunOptions): Promise<EngineRunResult>;

export function evaluateExpression(
	node: { typeName: string; nodeType: INodeType | IVersionedNodeType; name?: string },
	expression: string,
	additionalKeys: IDataObject,
): unknown;
