/** Reads the built node's description: every operation with its routing and request spec. */
import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { chatWootNode } from './engine';

export interface NodeOperation {
	resource: string;
	resourceName: string;
	operation: string;
	name: string;
	action: string;
	description?: string;
	method: string;
	url: string;
	/** The operation's request builder (shared/request/buildRequest.ts). */
	preSend: (this: IExecuteSingleFunctions, options: IHttpRequestOptions) => Promise<IHttpRequestOptions>;
	spec: {
		path?: Record<string, unknown>;
		query?: Record<string, { optional: boolean }>;
		body?: Record<string, { optional: boolean }>;
		adjustedKeys?: { body?: string[]; query?: string[] };
	};
}

export function nodeOperations(): NodeOperation[] {
	const properties = chatWootNode.description.properties;
	const resources = properties.find((p) => p.name === 'resource')!.options as INodePropertyOptions[];
	const operations: NodeOperation[] = [];
	for (const property of properties as INodeProperties[]) {
		if (property.name !== 'operation') continue;
		const resource = (property.displayOptions?.show?.resource as string[])[0];
		const resourceName = resources.find((r) => r.value === resource)?.name ?? resource;
		for (const option of property.options as INodePropertyOptions[]) {
			const request = option.routing?.request ?? {};
			const preSend = option.routing?.send?.preSend?.[0] as unknown as NodeOperation['preSend'] & { spec: NodeOperation['spec'] };
			operations.push({
				resource,
				resourceName,
				operation: String(option.value),
				name: option.name,
				action: option.action ?? option.name,
				description: option.description,
				method: String(request.method ?? 'GET'),
				url: String(request.url ?? ''),
				preSend,
				spec: preSend?.spec ?? {},
			});
		}
	}
	return operations;
}
