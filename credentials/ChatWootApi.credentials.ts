import {
	BASE_URL_EXPRESSION,
	baseUrlProblem,
	needsAccessToken,
	normalizeBaseUrl,
} from '../nodes/shared/api/baseUrl';
import { BOT_OPERATIONS_TEXT } from '../nodes/shared/api/botAccess';
import type {
	IAuthenticate,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

const REDIRECT_STATUSES: Array<[number, string]> = [
	[301, 'Moved Permanently'],
	[302, 'Found'],
	[303, 'See Other'],
	[307, 'Temporary Redirect'],
	[308, 'Permanent Redirect'],
];

export class ChatWootApi implements ICredentialType {
	name = 'chatWootApi';

	displayName = 'ChatWoot API';

	icon: Icon = {
		light: 'file:../nodes/ChatWoot/chatwoot.svg',
		dark: 'file:../nodes/ChatWoot/chatwoot.dark.svg',
	};

	documentationUrl = 'https://www.chatwoot.com/developers/api/';

	properties: INodeProperties[] = [
		{
			displayName: 'Chatwoot URL',
			name: 'url',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://chat.example.com',
			description:
				'Address of your Chatwoot installation. A trailing slash or the /app suffix of the dashboard address is fine.',
		},
		{
			displayName: 'Token Kind',
			name: 'kind',
			type: 'options',
			default: 'user',
			options: [
				{
					name: 'User',
					value: 'user',
					description:
						'Access token from Profile Settings. Application API: contacts, conversations, messages, reports and more.',
				},
				{
					name: 'Agent Bot',
					value: 'agentBot',
					description:
						'Token of an agent bot (Settings > Bots). Conversations and messages only: see the list below.',
				},
				{
					name: 'Platform App',
					value: 'platformApp',
					description:
						'Token of a platform app (Super Admin > Platform Apps). Platform API: accounts, users, account users, agent bots.',
				},
			],
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'number',
			default: 1,
			typeOptions: { minValue: 1 },
			description:
				'Account used by application API operations unless a node picks another one. It is the number after /accounts/ in the dashboard address.',
			displayOptions: { hide: { kind: ['platformApp'] } },
		},
		{
			displayName: `An Agent Bot token can do only this: ${BOT_OPERATIONS_TEXT}. Chatwoot refuses it everything else (no message list, no contacts); the node says so before sending. Chatwoot gives bot tokens no read-only endpoint without a conversation ID, so the credential test can only check that this URL answers as a Chatwoot server; it cannot tell whether the token is valid. The first conversation or message operation will.`,
			name: 'agentBotNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { kind: ['agentBot'] } },
		},
	];

	// Rails reads `api-access-token` the same as `api_access_token`; the hyphen form survives
	// nginx, which drops headers with underscores unless `underscores_in_headers on`. The token
	// goes only to the Chatwoot server of this credential, never to its public pages and APIs
	// (client API, survey page) nor to any other host, e.g. a file's storage service.
	authenticate: IAuthenticate = async (credentials, requestOptions: IHttpRequestOptions) => {
		const url = String(credentials.url);
		const problem = baseUrlProblem(url);
		// the credential test has no preSend to check the URL before its request: refuse here
		if (problem) throw new Error(problem);
		if (!needsAccessToken(normalizeBaseUrl(url), requestOptions)) return requestOptions;
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, 'api-access-token': String(credentials.accessToken) },
		};
	};

	// User tokens: the profile. Platform tokens: the agent bot list (read-only platform endpoint).
	// Agent-bot tokens: only the server's version endpoint (see the notice above). Redirects are
	// not followed: n8n would send the token along to wherever they point.
	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '={{ {"user": "/api/v1/profile", "platformApp": "/platform/api/v1/agent_bots", "agentBot": "/api"}[$credentials.kind] }}',
			method: 'GET',
			disableFollowRedirect: true,
		},
		rules: REDIRECT_STATUSES.map(([status, text]) => ({
			type: 'responseCode' as const,
			properties: {
				value: status,
				message: `The Chatwoot URL answers with a redirect (${status} ${text}), which n8n does not follow with the access token. Use the address it redirects to, as the browser shows it after signing in to Chatwoot.`,
			},
		})),
	};
}
