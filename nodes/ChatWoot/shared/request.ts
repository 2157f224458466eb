import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';
import { chatwootBaseUrl } from './baseUrl';
import { checkBotTokenReach } from './botAccess';
import { ownFieldLabel } from './parameterNames';
import { invalid, isPlainSegment, notAPathSegment, positiveInteger, type Check } from './validators';

/**
 * Where one value of a request comes from: a node parameter (`userId`), or one key of a
 * collection parameter (`platformUserUpdateFields.email`), and how it is checked.
 */
export interface FieldSource {
	param: string;
	label: string;
	check: Check;
	/** Top-level parameters are always sent; collection keys only when the user added them. */
	optional: boolean;
	/** Resource locators are read with extractValue. */
	locator?: boolean;
}

export function required(param: string, label: string, check: Check): FieldSource {
	return { param, label, check, optional: false };
}

export function optional(param: string, label: string, check: Check): FieldSource {
	return { param, label, check, optional: true };
}

/** A resource locator (From List / By ID / By URL); the ID is extracted, then checked. */
export function locator(param: string, label: string, check: Check = positiveInteger): FieldSource {
	return { param, label, check, optional: false, locator: true };
}

/** An optional resource locator, e.g. `conversationAdditionalFields.inbox_id`: sent only when one is picked. */
export function optionalLocator(param: string, label: string, check: Check = positiveInteger): FieldSource {
	return { param, label, check, optional: true, locator: true };
}

/** Account for application endpoints: the node's Account field, else the credential's default. */
export const ACCOUNT: FieldSource = {
	param: 'account',
	label: 'Account',
	check: positiveInteger,
	optional: true,
	locator: true,
};

export interface RequestSpec {
	path?: Record<string, FieldSource>;
	query?: Record<string, FieldSource>;
	body?: Record<string, FieldSource>;
	/** Last word on the request, for the few operations whose body is not flat. */
	adjust?: (this: IExecuteSingleFunctions, request: BuiltRequest) => void | Promise<void>;
	/** Body and query keys that `adjust` may add, declared for the spec-coverage test. */
	adjustedKeys?: { body?: string[]; query?: string[] };
}

export interface BuiltRequest {
	path: Record<string, string | number>;
	query: IDataObject;
	body: IDataObject;
}

/** What the error handler needs to explain a failure (kept per item, never the token). */
export interface RequestInfo {
	method: string;
	url: string;
	ids: Array<{ label: string; value: string | number }>;
	/** The route exists only on servers with Chatwoot's Enterprise code (a 404 may mean it is absent). */
	enterprise?: boolean;
}

/**
 * How the item's request travels: the node's Request Options (proxy, timeout, Ignore SSL
 * Issues) as RoutingNode applied them, and the credential's allowed domains. Side requests
 * (reads before a write, file downloads) go the same way.
 */
export interface RequestTransport {
	settings: Pick<IHttpRequestOptions, 'proxy' | 'timeout' | 'skipSslCertificateValidation'>;
	allowedDomains?: string;
}

export function transportOf(options: IHttpRequestOptions): RequestTransport {
	const settings: RequestTransport['settings'] = {};
	if (options.proxy) settings.proxy = options.proxy;
	if (options.timeout) settings.timeout = options.timeout;
	if (options.skipSslCertificateValidation) settings.skipSslCertificateValidation = true;
	return options.allowedDomains ? { settings, allowedDomains: options.allowedDomains } : { settings };
}

const requestInfo = new WeakMap<object, RequestInfo>();
const requestTransport = new WeakMap<object, RequestTransport>();

/** The value kept for this item; pagination contexts inherit from the item's context. */
function ofItem<T>(kept: WeakMap<object, T>, ctx: object): T | undefined {
	for (let current: object | null = ctx; current; current = Object.getPrototypeOf(current)) {
		const value = kept.get(current);
		if (value) return value;
	}
	return undefined;
}

/** The request of this item. */
export function getRequestInfo(ctx: object): RequestInfo | undefined {
	return ofItem(requestInfo, ctx);
}

/** How this item's request travels (undefined outside an operation, e.g. in searchable lists). */
export function getRequestTransport(ctx: object): RequestTransport | undefined {
	return ofItem(requestTransport, ctx);
}

export type ChatwootPreSend = ((
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>) & { spec: RequestSpec };

function isBlank(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** Where the Account field is read: an operation's item, the trigger's hooks, a list in the editor. */
export type AccountContext = IExecuteSingleFunctions | IHookFunctions | ILoadOptionsFunctions;

interface CredentialFacts {
	kind?: string;
	accountId?: number;
}

/** The credential's Token Kind and default account, read once per item (or hook / list call). */
async function credentialFacts(ctx: AccountContext): Promise<CredentialFacts> {
	let reads = readsByItem.get(ctx);
	if (reads === undefined) {
		reads = new Map();
		readsByItem.set(ctx, reads);
	}
	// not a parameter name: parameter names are identifiers
	const key = 'credential facts';
	if (!reads.has(key)) reads.set(key, await ctx.getCredentials<CredentialFacts>('chatWootApi'));
	return reads.get(key) as CredentialFacts;
}

/**
 * The account of the node's Account field, else the credential's default Account ID: checked,
 * never guessed. The one reader of the Account field, for operations, lists and the trigger.
 */
export async function readAccount(ctx: AccountContext): Promise<number> {
	const chosen = readLocator(ctx, ACCOUNT.param, ACCOUNT.label);
	if (!isBlank(chosen)) return positiveInteger(chosen, ACCOUNT.label, ctx);
	const credentials = await credentialFacts(ctx);
	if (isBlank(credentials.accountId)) {
		throw invalid(
			ctx,
			ACCOUNT.label,
			'no account chosen and the credential has no default Account ID',
			'Set Account ID in the ChatWoot API credential, or pick an Account in this node.',
		);
	}
	return positiveInteger(credentials.accountId, 'Account ID (credential)', ctx);
}

/** A required record ID from a resource locator outside an operation's request (the trigger's Agent Bot). */
export function readLocatorId(ctx: AccountContext, param: string, label: string): number {
	const chosen = readLocator(ctx, param, label);
	if (isBlank(chosen)) throw invalid(ctx, label, 'choose one from the list or enter its ID');
	return positiveInteger(chosen, label, ctx);
}

/**
 * Parameters read so far for one item. getNodeParameter evaluates every expression in a value
 * on each call, so the pieces of an operation that need the same field (its fields, its
 * `adjust`, a file upload after it) share one read per item.
 */
const readsByItem = new WeakMap<object, Map<string, unknown>>();

/** A top-level parameter of this item, read (its expressions evaluated) once per item. */
export function readOnce<T>(ctx: IExecuteSingleFunctions, name: string, fallback: T): T {
	let reads = readsByItem.get(ctx);
	if (reads === undefined) {
		reads = new Map();
		readsByItem.set(ctx, reads);
	}
	if (!reads.has(name)) reads.set(name, ctx.getNodeParameter(name, fallback));
	return reads.get(name) as T;
}

/**
 * A resource locator's ID. n8n extracts it (By URL: with the mode's regex) and throws its
 * own, unnamed error when it cannot, e.g. when an expression gives an object.
 */
function readLocator(ctx: AccountContext, param: string, label: string): unknown {
	try {
		// In the editor (lists), the values on screen; elsewhere the saved ones.
		return 'getCurrentNodeParameter' in ctx
			? ctx.getCurrentNodeParameter(param, { extractValue: true })
			: ctx.getNodeParameter(param, undefined, { extractValue: true });
	} catch (error) {
		const reason = String((error as Error).message ?? error).replace(/^ERROR:\s*/, '');
		throw invalid(ctx, label, `is not an ID or address that can be used (${reason})`);
	}
}

function readParameter(ctx: IExecuteSingleFunctions, source: FieldSource): unknown {
	const [top, key] = source.param.split('.', 2);
	if (key === undefined) {
		return source.locator ? readLocator(ctx, top, source.label) : readOnce(ctx, top, undefined);
	}
	const collection = readOnce<IDataObject>(ctx, top, {});
	// A resource locator inside a collection: n8n extracts its ID (By URL mode) by full path.
	if (source.locator && collection[key] !== undefined) {
		return readLocator(ctx, source.param, source.label);
	}
	return collection[key];
}

/** An optional field read and checked by `adjust` (a key it may send or not): undefined when blank. */
export function readOptional(ctx: IExecuteSingleFunctions, source: FieldSource): unknown {
	const raw = readParameter(ctx, source);
	return isBlank(raw) ? undefined : source.check(raw, source.label, ctx);
}

/**
 * Builds the preSend function of one operation: reads each parameter once, checks it,
 * fills the path template of `routing.request.url` and sends only the values that are set.
 * One function per operation instead of one expression per field keeps per-item cost low.
 */
export function buildRequest(spec: RequestSpec, route: { enterprise?: boolean } = {}): ChatwootPreSend {
	const preSend = async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const built: BuiltRequest = { path: {}, query: {}, body: {} };
		const ids: RequestInfo['ids'] = [];
		readsByItem.delete(this); // the first preSend of the item: nothing read yet
		// the URL in the credential, refused (with its own words) if the API path would end up
		// in its query or fragment
		if (/[?#]/.test(String(options.baseURL ?? ''))) await chatwootBaseUrl(this);
		requestTransport.set(this, transportOf(options));
		await checkBotTokenReach(this, async () => (await credentialFacts(this)).kind);
		for (const [name, source] of Object.entries(spec.path ?? {})) {
			const value =
				source === ACCOUNT
					? await readAccount(this)
					: (source.check(readParameter(this, source), source.label, this) as string | number);
			if (isBlank(value)) throw invalid(this, source.label, 'is required and cannot be empty');
			// whatever the field's own check let through: one plain segment, never `..` or a slash
			if (!isPlainSegment(value)) throw notAPathSegment(this, source.label, value);
			built.path[name] = value;
			ids.push({ label: source.label, value });
		}
		collect(this, spec.query, built.query);
		collect(this, spec.body, built.body);
		if (spec.adjust) await spec.adjust.call(this, built);
		checkSomethingToUpdate(this, options.method, spec, built);

		const url = (options.url ?? '').replace(/\{(\w+)\}/g, (_, name: string) =>
			encodeURIComponent(String(built.path[name])),
		);
		requestInfo.set(this, { method: options.method ?? 'GET', url, ids, ...(route.enterprise ? { enterprise: true } : {}) });
		const result: IHttpRequestOptions = { ...options, url, json: true };
		result.qs = { ...(options.qs ?? {}), ...built.query };
		if (Object.keys(built.body).length > 0 || hasBody(options.method)) {
			result.body = built.body;
		} else {
			delete result.body;
		}
		return result;
	} as ChatwootPreSend;
	preSend.spec = spec;
	return preSend;
}

/**
 * An update (PUT/PATCH) whose fields all live in one collection, sent with none of them: it
 * would change nothing, and Chatwoot's spec refuses the empty body. Named before sending.
 * Operations that shape their own body (`adjust`, or files added by a later preSend, both
 * declared with `adjustedKeys`) check for themselves with `nothingToUpdate`.
 */
function checkSomethingToUpdate(
	ctx: IExecuteSingleFunctions,
	method: string | undefined,
	spec: RequestSpec,
	built: BuiltRequest,
) {
	if (method !== 'PUT' && method !== 'PATCH') return;
	if (spec.adjust || spec.adjustedKeys || Object.keys(built.body).length > 0) return;
	const sources = Object.values(spec.body ?? {});
	if (sources.length === 0 || !sources.every((source) => source.optional)) return;
	const collections = new Set(sources.map((source) => source.param.split('.', 2)[0]));
	if (collections.size !== 1 || !sources.every((source) => source.param.includes('.'))) return;
	const [collection] = collections;
	throw nothingToUpdate(ctx, collection, fieldLabels(spec, collection));
}

/** Key -> label of the fields of `collection` that a request reads. */
export function fieldLabels(spec: RequestSpec, collection: string): Record<string, string> {
	const labels: Record<string, string> = {};
	for (const source of [...Object.values(spec.body ?? {}), ...Object.values(spec.query ?? {})]) {
		const [top, key] = source.param.split('.', 2);
		if (top === collection && key !== undefined) labels[key] = source.label;
	}
	return labels;
}

/**
 * The error of an update that would send nothing, in the same words wherever it happens: no
 * field was added to `collection`, or every added field came out blank (an expression that
 * resolved to nothing), and blank fields are never sent.
 */
export function nothingToUpdate(
	ctx: IExecuteSingleFunctions,
	collection: string,
	labels: Record<string, string>,
	label = ownFieldLabel(ctx.getNodeParameter('resource') as string, collection),
) {
	const added = readOnce<IDataObject>(ctx, collection, {});
	// In the order of the form, whatever order the collection came in
	const keys = [...Object.keys(labels), ...Object.keys(added).filter((key) => !(key in labels))];
	const blank = keys.filter((key) => key in added && isBlank(added[key]));
	if (blank.length === 0) {
		return invalid(ctx, label, 'add at least one field to update', 'Only the fields added here are sent; with none there is nothing to change.');
	}
	const names = blank.map((key) => labels[key] ?? key);
	const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
	const verb = names.length === 1 ? 'is' : 'are';
	return invalid(
		ctx,
		label,
		`${list} ${verb} blank, and blank fields are not sent, so nothing is left to update`,
		`${list} ${verb} added but came out empty (an expression that resolved to nothing?). Give ${names.length === 1 ? 'it a value' : 'them values'}, or remove ${names.length === 1 ? 'it' : 'them'} from ${label}.`,
	);
}

function hasBody(method: string | undefined): boolean {
	return method === 'POST' || method === 'PUT' || method === 'PATCH';
}

/** One field's checked value; undefined for an optional field left blank. */
export function readField(ctx: IExecuteSingleFunctions, source: FieldSource): unknown {
	const raw = readParameter(ctx, source);
	if (source.optional && isBlank(raw)) return undefined;
	if (!source.optional && isBlank(raw) && typeof raw !== 'boolean') {
		throw invalid(ctx, source.label, 'is required and cannot be empty');
	}
	return source.check(raw, source.label, ctx);
}

function collect(
	ctx: IExecuteSingleFunctions,
	sources: Record<string, FieldSource> | undefined,
	into: IDataObject,
) {
	for (const [name, source] of Object.entries(sources ?? {})) {
		const value = readField(ctx, source);
		if (value !== undefined) into[name] = value as IDataObject[string];
	}
}
