/**
 * The table of what Agent Bot tokens may do (shared/botAccess.ts) against the node and against
 * Chatwoot's AccessTokenAuthHelper::BOT_ACCESSIBLE_ENDPOINTS (4.14.2+), written out here as the
 * routes of those controller actions.
 */
import { BOT_OPERATIONS, tokenKindNeeded } from '../../nodes/shared/api/botAccess';
import { chatWootCredential } from '../helpers/engine';
import { nodeOperations } from '../helpers/description';

const C = '/api/v1/accounts/{account_id}/conversations';
const ONE = `${C}/{conversation_id}`;
// conversations: show, create, update, toggle_status/priority/typing_status, custom_attributes;
// messages: create; assignments: create; labels: index, create
const BOT_ROUTES = new Set([
	`GET ${ONE}`,
	`POST ${C}`,
	`PATCH ${ONE}`,
	`POST ${ONE}/toggle_status`,
	`POST ${ONE}/toggle_priority`,
	`POST ${ONE}/toggle_typing_status`,
	`POST ${ONE}/custom_attributes`,
	`POST ${ONE}/messages`,
	`POST ${ONE}/assignments`,
	`GET ${ONE}/labels`,
	`POST ${ONE}/labels`,
]);

const operations = nodeOperations();

test('every operation of the node has a token kind; bot operations only where Chatwoot lets bots in', () => {
	const rows = operations.map((op) => {
		const kind = tokenKindNeeded(op.resource, op.operation);
		const route = `${op.method} ${op.url}`;
		return { op: `${op.resource} > ${op.operation}`, kind, route, botRoute: BOT_ROUTES.has(route) };
	});
	// a bot operation's own request is a bot route; every other application request is not one
	expect(rows.filter((r) => r.kind === 'Agent Bot or User' && !r.botRoute)).toEqual([]);
	expect(rows.filter((r) => r.kind !== 'Agent Bot or User' && r.botRoute)).toEqual([]);
	// public and platform operations by their paths
	expect(rows.filter((r) => (r.kind === 'none') !== /^(GET|POST|PATCH|PUT|DELETE) \/(public|survey)\//.test(r.route))).toEqual([]);
	expect(rows.filter((r) => (r.kind === 'Platform App') !== r.route.includes(' /platform/'))).toEqual([]);
});

test('every entry of the table is an operation of the node, under the name the editor shows', () => {
	const rows = BOT_OPERATIONS.map((entry) => {
		const op = operations.find((o) => o.resource === entry.resource && o.operation === entry.operation);
		return { entry: entry.name, node: op ? `${op.resourceName} > ${op.name}` : 'missing' };
	});
	expect(rows.filter((r) => r.entry !== r.node)).toEqual([]);
});

test("each bot route of Chatwoot is used by some operation in the table", () => {
	const used = new Set(
		operations.filter((op) => tokenKindNeeded(op.resource, op.operation) === 'Agent Bot or User').map((op) => `${op.method} ${op.url}`),
	);
	expect([...BOT_ROUTES].filter((route) => !used.has(route))).toEqual([]);
});

test("the credential's Agent Bot notice lists every operation of the table", () => {
	const notice = chatWootCredential.properties.find((p) => p.name === 'agentBotNotice')!.displayName;
	expect(BOT_OPERATIONS.filter((entry) => !notice.includes(entry.name))).toEqual([]);
	expect(notice).toContain('no message list, no contacts');
});
