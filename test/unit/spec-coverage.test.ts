/**
 * The spec is the contract: every operation of Chatwoot's OpenAPI document must be an
 * operation of the node, with the same method, path, path parameters, query parameters and
 * body properties. Known differences are listed below, each with its reason.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeOperations, type NodeOperation } from '../helpers/description';

type Json = Record<string, any>;
const spec: Json = JSON.parse(
	fs.readFileSync(path.join(__dirname, '../fixtures/chatwoot-openapi.json'), 'utf8'),
);
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Where the node deliberately differs from the document. */
const KNOWN_DIFFERENCES: Record<string, { method?: string; path?: string; why: string; bodyAdds?: string[]; bodyOmits?: string[]; bodyOptional?: string[] }> = {
	'update-a-user': {
		method: 'PUT',
		why: 'docs/CHATWOOT.md "Users PUT": Rails routes PUT and PATCH to users#update',
	},
	getConversationMessages: {
		path: '/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages',
		why: 'docs/CHATWOOT.md "Messages path": the document lacks the /api/v1 prefix; the real route is list-all-messages',
	},
	'delete-an-account-user': {
		bodyAdds: ['user_id'],
		why: 'the server reads params[:user_id]; the document omits the body',
	},
	'create-an-agent-bot': { bodyOmits: ['avatar'], why: 'avatar upload (multipart) is not offered; avatar_url is' },
	'update-an-agent-bot': { bodyOmits: ['avatar'], why: 'avatar upload (multipart) is not offered; avatar_url is' },
	'create-an-account-agent-bot': { bodyOmits: ['avatar'], why: 'avatar upload (multipart) is not offered; avatar_url is' },
	'update-an-account-agent-bot': { bodyOmits: ['avatar'], why: 'avatar upload (multipart) is not offered; avatar_url is' },
	'add-new-agent-to-account': {
		bodyAdds: ['availability'],
		bodyOmits: ['availability_status'],
		why: 'AgentsController permits availability (online/busy/offline); availability_status is dropped',
	},
	'update-agent-in-account': {
		bodyAdds: ['availability'],
		bodyOmits: ['availability_status'],
		why: 'AgentsController permits availability (online/busy/offline); availability_status is dropped',
	},
	'create-a-contact': { bodyOmits: ['avatar'], why: 'a binary avatar cannot travel in the JSON body the client API takes' },
	'update-a-contact': { bodyOmits: ['avatar'], why: 'a binary avatar cannot travel in the JSON body the client API takes' },
	contactCreate: { bodyOmits: ['avatar'], why: 'avatar upload (multipart) is not offered; avatar_url is' },
	contactUpdate: { bodyOmits: ['avatar'], why: 'avatar upload (multipart) is not offered; avatar_url is' },
	updateInbox: { bodyAdds: ['working_hours'], why: 'inboxes_controller.rb:104 permits working_hours[] (Inbox::OFFISABLE_ATTRS); the spec leaves it out' },
	'create-a-new-message-in-a-conversation': {
		bodyAdds: ['to_emails', 'cc_emails', 'bcc_emails', 'source_id', 'external_created_at'],
		why: 'Messages::MessageBuilder reads them (message_builder.rb:82-84, :121, :144-156); the spec leaves them out',
	},
	'assign-a-conversation': { bodyAdds: ['assignee_type'], why: 'assignments_controller.rb:43: assignee_type "AgentBot" assigns a bot' },
	...Object.fromEntries(
		['create-a-webhook', 'update-a-webhook'].map((id) => [id, { bodyAdds: ['inbox_id'], why: 'webhooks_controller.rb:26 permits inbox_id (events of one inbox)' }]),
	),
	...Object.fromEntries(
		['create-an-account', 'update-an-account'].map((id) => [id, { bodyAdds: ['features'], why: 'platform accounts_controller.rb:48 permits features{} (switched on/off by value)' }]),
	),
	...Object.fromEntries(
		['add-new-portal-to-account', 'update-portal-to-account'].map((id) => [id, { bodyAdds: ['inbox_id'], why: 'portals_controller.rb:93 params.permit(:inbox_id): the live chat widget of the portal' }]),
	),
	'add-new-category-to-account': { bodyAdds: ['icon_color'], why: 'categories_controller.rb:55-57 permits icon_color' },
	newConversation: {
		bodyOptional: ['source_id'],
		why: 'conversations_controller.rb:210-214: inbox_id + contact_id suffice, the server makes the source id',
	},
	...Object.fromEntries(
		['create-a-custom-filter', 'update-a-custom-filter'].map((id) => [
			id,
			{ bodyAdds: ['filter_type'], bodyOmits: ['type'], why: 'custom_filters_controller.rb:43-47 permits filter_type; the spec\'s type is dropped' },
		]),
	),
};

/**
 * Node operations that are narrower uses of a spec operation and send part of its body on
 * purpose (the full operation is offered separately).
 */
const PARTIAL_BODY_OPERATIONS = new Set([
	'contact > setCustomAttributes',
	// opens the conversation (status only) before its other steps
	'conversation > handOff',
]);

function deref(node: Json | undefined): Json | undefined {
	if (!node || !node.$ref) return node;
	const target = (node.$ref as string)
		.slice(2)
		.split('/')
		.reduce((current: Json, key) => current[key], spec);
	return deref(target);
}

interface SpecOperation {
	id: string;
	method: string;
	path: string;
	pathParams: string[];
	queryParams: Array<{ name: string; required: boolean }>;
	bodyProperties: string[];
	requiredBody: string[];
}

function specOperations(): SpecOperation[] {
	const result: SpecOperation[] = [];
	for (const [route, item] of Object.entries<Json>(spec.paths)) {
		for (const method of METHODS) {
			const operation = item[method];
			if (!operation) continue;
			const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(deref) as Json[];
			const body = deref(deref(operation.requestBody)?.content?.['application/json']?.schema ?? deref(operation.requestBody)?.content?.['multipart/form-data']?.schema ?? deref(operation.requestBody)?.content?.['application/x-www-form-urlencoded']?.schema);
			const properties = bodyProperties(body);
			result.push({
				id: operation.operationId,
				method: method.toUpperCase(),
				path: route,
				pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
				queryParams: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: !!p.required })),
				bodyProperties: properties.names,
				requiredBody: properties.required,
			});
		}
	}
	return result;
}

function bodyProperties(schema: Json | undefined): { names: string[]; required: string[] } {
	if (!schema) return { names: [], required: [] };
	const parts = [schema, ...((schema.allOf ?? []) as Json[]).map(deref)] as Json[];
	const names = new Set<string>();
	const required = new Set<string>();
	for (const part of parts) {
		for (const name of Object.keys(part?.properties ?? {})) names.add(name);
		for (const name of (part?.required ?? []) as string[]) required.add(name);
	}
	return { names: [...names].sort(), required: [...required].sort() };
}

const placeholders = (url: string) => [...url.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const sorted = (list: string[]) => [...new Set(list)].sort();

function findNodeOperation(operations: NodeOperation[], target: SpecOperation) {
	const known = KNOWN_DIFFERENCES[target.id];
	const method = known?.method ?? target.method;
	const route = known?.path ?? target.path;
	return operations.filter((op) => op.method === method && op.url === route);
}

describe('spec coverage', () => {
	const operations = nodeOperations();
	const targets = specOperations();

	test('the document has 144 operations', () => {
		expect(targets).toHaveLength(144);
	});

	test('every spec operation is a node operation', () => {
		const missing = targets
			.filter((target) => findNodeOperation(operations, target).length === 0)
			.map((t) => `${t.method} ${t.path} (${t.id})`);
		expect(missing).toEqual([]);
	});

	test.each(specOperations().map((t) => [`${t.method} ${t.path} (${t.id})`, t] as const))(
		'%s agrees with the spec',
		(_label, target) => {
			const matches = findNodeOperation(operations, target);
			if (matches.length === 0) return; // reported by the test above
			const known = KNOWN_DIFFERENCES[target.id];
			for (const op of matches) {
				const where = `${op.resource} > ${op.operation}`;
				expect({ where, path: placeholders(op.url) }).toEqual({ where, path: sorted(target.pathParams) });
				expect({ where, path: sorted(Object.keys(op.spec.path ?? {})) }).toEqual({ where, path: sorted(target.pathParams) });
				const query = sorted([...Object.keys(op.spec.query ?? {}), ...(op.spec.adjustedKeys?.query ?? [])]);
				const specQuery = sorted(target.queryParams.map((q) => q.name).filter((name) => !['page', 'before', 'after'].includes(name) || query.includes(name)));
				expect({ where, query }).toEqual({ where, query: specQuery });
				for (const q of target.queryParams.filter((q) => q.required)) {
					expect({ where, requiredQuery: q.name, optional: op.spec.query?.[q.name]?.optional ?? false }).toEqual({ where, requiredQuery: q.name, optional: false });
				}
				const body = sorted([...Object.keys(op.spec.body ?? {}), ...(op.spec.adjustedKeys?.body ?? [])]);
				const expected = sorted([...target.bodyProperties, ...(known?.bodyAdds ?? [])].filter((name) => !(known?.bodyOmits ?? []).includes(name)));
				if (PARTIAL_BODY_OPERATIONS.has(where)) {
					expect({ where, extra: body.filter((name) => !expected.includes(name)) }).toEqual({ where, extra: [] });
				} else {
					expect({ where, body }).toEqual({ where, body: expected });
				}
				for (const name of target.requiredBody.filter((n) => !(known?.bodyOptional ?? []).includes(n))) {
					expect({ where, requiredBody: name, optional: op.spec.body?.[name]?.optional ?? (op.spec.adjustedKeys?.body?.includes(name) ? false : true) }).toEqual({ where, requiredBody: name, optional: false });
				}
			}
		},
	);

	test("every node operation is a spec operation or a route of the server the spec leaves out (its template verbatim)", () => {
		const known = new Set(targets.flatMap((t) => findNodeOperation(operations, t)));
		const serverOnly = new Set(
			SERVER_ROUTES.filter((r) => !r.in_spec).flatMap((r) => r.method.split('|').map((method) => `${method} ${r.path_template}`)),
		);
		const extras = operations.filter((op) => !known.has(op) && !serverOnly.has(`${op.method} ${op.url}`));
		expect(extras.map((op) => `${op.resource} > ${op.operation}: ${op.method} ${op.url}`)).toEqual([]);
	});
});

/** The server's routes (docs/CHATWOOT.md): operations beyond the spec use their templates. */
const SERVER_ROUTES: Array<{ method: string; path_template: string; in_spec: boolean }> = JSON.parse(
	fs.readFileSync(path.join(__dirname, '../fixtures/server-routes.json'), 'utf8'),
);
