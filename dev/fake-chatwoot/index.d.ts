// Types of the fake Chatwoot server (index.js).

export interface FakeChatwootOptions {
	/** Port on 127.0.0.1; default 0 (a random free port). */
	port?: number;
	/** Tokens of the seeded platform app, user 1 and agent bot 1. */
	tokens?: { platform?: string; user?: string; bot?: string };
	/** Seed the demo data (default true). */
	seed?: boolean;
	/** Delay in ms before answering a list operation that pages (default 0). */
	pageDelayMs?: number;
	/**
	 * Own handlers by operation id, used instead of the fake's; `builtIn()` answers as the fake
	 * would (e.g. the bench cuts contact pages from a list sorted once, and falls back otherwise).
	 */
	handlers?: Record<string, (ctx: FakeHandlerContext, builtIn: () => FakeAnswer) => FakeAnswer>;
}

/** What a handler receives (see index.js `process`). */
export interface FakeHandlerContext {
	state: FakeState;
	params: Record<string, string>;
	query: Record<string, unknown>;
	body: Record<string, unknown>;
	account?: { id: number };
	baseUrl: string;
	now: Date;
	[key: string]: unknown;
}

/** A handler's answer: status and JSON body (or `head: true` for none). */
export interface FakeAnswer {
	status: number;
	body?: unknown;
	head?: boolean;
	headers?: Record<string, string>;
}

export interface UploadedFileRecord {
	field: string;
	filename: string;
	mimeType: string;
	data: Buffer;
}

export interface MultipartBody {
	fields: Record<string, string | string[]>;
	files: UploadedFileRecord[];
}

export interface RecordedRequest {
	method: string;
	/** Path without query string. */
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string | string[] | undefined>;
	/** Parsed JSON, parsed urlencoded object, multipart fields and files, or undefined when empty. */
	body: unknown;
	rawBody: Buffer;
	/** The spec operation the request matched. */
	operationId?: string;
	/** Status the fake answered. */
	status: number;
	/** Why the spec check rejected the request (answered 400). */
	rejected?: string;
	/** Stack of an unexpected error inside the fake (answered 500). */
	error?: string;
	/** The fault mode that answered this request ('status 502', 'reset', 'delay 800 ms'); status 0 = no answer. */
	fault?: string;
}

/** A failure the fake produces instead of (or before) its normal answer; see faults.js. */
export interface FakeFault {
	/** Answer with this status (default 200 when only `body` is given). */
	status?: number;
	/** Body: a string is sent as is (Content-Type text/html unless `headers` say otherwise), anything else as JSON. */
	body?: unknown;
	/** Extra response headers, e.g. { 'Retry-After': '1' }. */
	headers?: Record<string, string>;
	/** Wait this long first; alone, the request is then answered normally (a slow server). */
	delayMs?: number;
	/** Send the status line, headers and part of the body, then reset the connection (TCP RST). */
	reset?: boolean;
	/** How many requests the fault applies to (default: all). */
	times?: number;
	/** Only requests with this method and/or path (exact string or RegExp). */
	match?: { method?: string; path?: string | RegExp };
}

/** A row of the fake's database; loosely typed so tests can seed and inspect freely. */
export type FakeRecord = { id: number; [key: string]: any };

export interface FakeState {
	tokens: { platform: string; user: string; bot: string };
	/** How the emulated server is set up (reset() restores it). */
	server: {
		/** What GET /api reports; below 4.11.2 webhooks have no secret in answers (no signing). */
		version: string;
		/** Refuse webhook URLs on private networks or without a public hostname with 422, as Chatwoot 4.14+ does unless allowed. */
		refusePrivateWebhookUrls: boolean;
		/** Play the agent-bot channel (agentBotWebhooks.js): deliveries to the bot's outgoing_url, new conversations in its inbox pending. */
		agentBotWebhooks: boolean;
		/** false: a server without the Enterprise code (its routes answer 404 Not Found). */
		enterprise: boolean;
	};
	platformApp: { id: number; name: string; access_token: string };
	/** Resources the platform app may touch, as 'Account:1', 'User:1', 'AgentBot:1'. */
	permissibles: string[];
	accounts: FakeRecord[];
	users: FakeRecord[];
	accountUsers: FakeRecord[];
	agentBots: FakeRecord[];
	inboxes: FakeRecord[];
	inboxMembers: FakeRecord[];
	agentBotInboxes: FakeRecord[];
	contacts: FakeRecord[];
	contactInboxes: FakeRecord[];
	conversations: FakeRecord[];
	messages: FakeRecord[];
	attachments: FakeRecord[];
	labels: FakeRecord[];
	teams: FakeRecord[];
	teamMembers: FakeRecord[];
	cannedResponses: FakeRecord[];
	customAttributeDefinitions: FakeRecord[];
	customFilters: FakeRecord[];
	automationRules: FakeRecord[];
	webhooks: FakeRecord[];
	/** Each agent-bot delivery attempt: event, url, deliveryId, attempt, payload, status (0: none), ms, answeredAt (epoch ms), error. */
	agentBotDeliveries: Array<{ event: string; url: string; deliveryId: string; attempt: number; payload: any; status: number; ms: number; answeredAt: number; error?: string }>;
	portals: FakeRecord[];
	categories: FakeRecord[];
	articles: FakeRecord[];
	integrationHooks: FakeRecord[];
	/** Highest id handed out per collection. */
	sequences: Record<string, number>;
	[collection: string]: any;
}

export interface FakeChatwoot {
	/** http://127.0.0.1:<port> */
	url: string;
	port: number;
	/** Every request received, in order, rejected ones included. */
	requests: RecordedRequest[];
	/** The in-memory data (replaced by reset()). */
	state: FakeState;
	/** Clears requests and faults, and restores the seed state. */
	reset(): void;
	/** Adds a fault mode (checked in order; the first matching one with `times` left applies). */
	setFault(fault: FakeFault): void;
	/** Removes all fault modes. */
	clearFaults(): void;
	close(): Promise<void>;
}

export function startFakeChatwoot(options?: FakeChatwootOptions): Promise<FakeChatwoot>;

/** The Chatwoot version GET /api reports. */
export const CHATWOOT_VERSION: string;
