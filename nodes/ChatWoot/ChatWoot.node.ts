import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { BASE_URL_EXPRESSION } from './shared/baseUrl';
import { platformAccountDescription } from './resources/platformAccount';
import { platformAccountUserDescription } from './resources/platformAccountUser';
import { platformAgentBotDescription } from './resources/platformAgentBot';
import { platformUserDescription } from './resources/platformUser';

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
		// first postReceive (shared/output.ts), hence ignoreHttpStatusErrors.
		requestDefaults: {
			baseURL: BASE_URL_EXPRESSION,
			ignoreHttpStatusErrors: true,
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
				options: [
					{
						name: 'Platform: Account',
						value: 'platformAccount',
						description: 'Accounts of the installation (platform app token)',
					},
					{
						name: 'Platform: Account User',
						value: 'platformAccountUser',
						description: 'Who belongs to which account, with which role (platform app token)',
					},
					{
						name: 'Platform: Agent Bot',
						value: 'platformAgentBot',
						description: 'Agent bots of the installation (platform app token)',
					},
					{
						name: 'Platform: User',
						value: 'platformUser',
						description: 'Users of the installation (platform app token)',
					},
				],
				default: 'platformUser',
			},
			...platformAccountDescription,
			...platformAccountUserDescription,
			...platformAgentBotDescription,
			...platformUserDescription,
		],
	};
}
