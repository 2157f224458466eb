import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { itemRequestInfo, itemRequestTransport, transportOf, type RequestInfo } from '../../../shared/api/itemRequest';
import { chatwootBaseUrl } from '../../../shared/api/baseUrl';
import { checkBotTokenReach } from '../../../shared/api/botAccess';
import { credentialFacts, forgetReads, isBlank, readAccount, readOnce } from '../../../shared/fields/reads';
import { invalid, isPlainSegment, notAPathSegment } from '../../../shared/fields/validators';
import { ownFieldLabel } from '../declare/parameterNames';
import { ACCOUNT, readField, readParameter, type FieldSource } from './fieldSources';

// The request stage of an operation: its first preSend reads and checks every value, fills
// the URL and sends only the values that are set.

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

export type ChatwootPreSend = ((
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>) & { spec: RequestSpec };

/**
 * Builds the preSend function of one operation: reads each parameter once, checks it,
 * fills the path template of `routing.request.url` and sends only the values that are set.
 * One function per operation instead of one expression per field keeps per-item cost low.
 */
export function buildRequest(spec: RequestSpec, route: { enterprise?: boolean } = {}): ChatwootPreSend {
	const preSend = async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const built: BuiltRequest = { path: {}, query: {}, body: {} };
		const ids: RequestInfo['ids'] = [];
		forgetReads(this);
		// the URL in the credential, refused (with its own words) if the API path would end up
		// in its query or fragment
		if (/[?#]/.test(String(options.baseURL ?? ''))) await chatwootBaseUrl(this);
		itemRequestTransport.set(this, transportOf(options));
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
		itemRequestInfo.set(this, { method: options.method ?? 'GET', url, ids, ...(route.enterprise ? { enterprise: true } : {}) });
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
