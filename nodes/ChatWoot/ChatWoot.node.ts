import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { listSearch } from './listSearch';
import { loadOptions } from './loadOptions';
import { RESOURCES } from './resources';
import { BASE_URL_EXPRESSION } from '../shared/api/baseUrl';
import { accountLocator } from '../shared/fields/locators';

export class ChatWoot implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatWoot',
		name: 'chatWoot',
		icon: { light: 'file:chatwoot.svg', dark: 'file:chatwoot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Interact with ChatWoot API',
		defaults: {
			name: 'ChatWoot',
		},
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'chatWootApi',
				required: true,
			},
		],
		// Errors are turned into messages with Chatwoot's own text by each operation's
		// first postReceive (shared/response/output.ts), hence ignoreHttpStatusErrors. Redirects are
		// answers too: n8n would follow them with the access token to any host.
		requestDefaults: {
			baseURL: BASE_URL_EXPRESSION,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
			headers: {
				Accept: 'application/json',
			},
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: RESOURCES.map(({ name, value, description }) => ({ name, value, description })),
				default: 'contact',
			},
			accountLocator(RESOURCES.filter((resource) => resource.application).map(({ value }) => value)),
			...RESOURCES.flatMap((resource) => resource.properties),
		],
	};

	methods = { listSearch, loadOptions };
}
