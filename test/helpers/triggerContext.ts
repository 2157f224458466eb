/** Minimal hook and webhook contexts for the ChatWoot Trigger, backed by real HTTP. */
import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import type { TestCredential } from './engine';
import { httpRequestWithAuthentication } from './httpRequest';

export interface TriggerSetup {
	credential: TestCredential;
	parameters: IDataObject;
	staticData: IDataObject;
	webhookUrl?: string;
	workflowId?: string;
	/** What the node logged, as `level: message`. */
	logs?: string[];
}

const node = { id: 'trigger-node', name: 'ChatWoot Trigger', type: 'n8n-nodes-chatwoot-api.chatWootTrigger', typeVersion: 1, position: [0, 0], parameters: {} };

function logger(setup: TriggerSetup) {
	const log = (level: string) => (message: string) => {
		(setup.logs ??= []).push(`${level}: ${message}`);
	};
	return { error: log('error'), warn: log('warn'), info: log('info'), debug: log('debug') };
}

function parameter(setup: TriggerSetup, name: string, fallback?: unknown, options?: { extractValue?: boolean }) {
	const value = setup.parameters[name] ?? fallback;
	if (options?.extractValue && value && typeof value === 'object' && 'value' in (value as IDataObject)) {
		return (value as IDataObject).value;
	}
	return value;
}

export function hookContext(setup: TriggerSetup): IHookFunctions {
	return {
		getNode: () => node,
		getWorkflow: () => ({ id: setup.workflowId ?? 'wf-1', name: 'wf', active: true }),
		logger: logger(setup),
		getNodeWebhookUrl: () => setup.webhookUrl ?? 'http://127.0.0.1:5678/webhook/abc/webhook',
		getNodeParameter: (name: string, fallback?: unknown, options?: { extractValue?: boolean }) => parameter(setup, name, fallback, options),
		getWorkflowStaticData: () => setup.staticData,
		getCredentials: async () => setup.credential,
		helpers: { httpRequestWithAuthentication: httpRequestWithAuthentication(setup.credential) },
	} as unknown as IHookFunctions;
}

export interface WebhookCall {
	rawBody: Buffer;
	headers: Record<string, string>;
}

export function webhookContext(setup: TriggerSetup, call: WebhookCall) {
	const response = { status: 200, body: undefined as unknown };
	const context = {
		getNode: () => node,
		getWorkflow: () => ({ id: setup.workflowId ?? 'wf-1', name: 'wf', active: true }),
		logger: logger(setup),
		getRequestObject: () => ({ rawBody: call.rawBody, body: JSON.parse(call.rawBody.toString() || '{}') }),
		getResponseObject: () => {
			const res = {
				status(code: number) {
					response.status = code;
					return res;
				},
				json(body: unknown) {
					response.body = body;
					return res;
				},
			};
			return res;
		},
		getHeaderData: () => Object.fromEntries(Object.entries(call.headers).map(([k, v]) => [k.toLowerCase(), v])),
		getBodyData: () => JSON.parse(call.rawBody.toString() || '{}'),
		getNodeParameter: (name: string, fallback?: unknown) => parameter(setup, name, fallback),
		getWorkflowStaticData: () => setup.staticData,
		helpers: { returnJsonArray: (json: IDataObject) => [{ json }] },
	} as unknown as IWebhookFunctions;
	return { context, response };
}
