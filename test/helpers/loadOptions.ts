/**
 * A minimal ILoadOptionsFunctions for the node's searchable lists: the given node
 * parameters, the test credential, and real HTTP to the fake with the token header.
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { chatWootNode, type TestCredential } from './engine';
import { httpRequestWithAuthentication } from './httpRequest';

const node = { id: 'chatwoot-node', name: 'ChatWoot', type: 'n8n-nodes-chatwoot-api.chatWoot', typeVersion: 1, position: [0, 0], parameters: {} };

export function loadOptionsContext(credential: TestCredential, parameters: IDataObject = {}): ILoadOptionsFunctions {
	return {
		getNode: () => node,
		getCredentials: async () => ({ kind: 'user', ...credential }),
		getCurrentNodeParameter: (name: string, options?: { extractValue?: boolean }) => {
			const value = parameters[name];
			if (options?.extractValue && value && typeof value === 'object' && 'value' in (value as IDataObject)) {
				return (value as IDataObject).value;
			}
			return value;
		},
		getNodeParameter: (name: string, fallback?: unknown) => parameters[name] ?? fallback,
		helpers: { httpRequestWithAuthentication: httpRequestWithAuthentication(credential) },
	} as unknown as ILoadOptionsFunctions;
}

type ListSearchMethod = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

/** Calls one of the built node's listSearch methods, as the editor does. */
export async function searchList(
	method: string,
	credential: TestCredential,
	options: { filter?: string; paginationToken?: string; parameters?: IDataObject } = {},
): Promise<INodeListSearchResult> {
	const methods = chatWootNode.methods?.listSearch as Record<string, ListSearchMethod> | undefined;
	const search = methods?.[method];
	if (!search) throw new Error(`The node has no listSearch method ${method}`);
	return await search.call(loadOptionsContext(credential, options.parameters), options.filter, options.paginationToken);
}
