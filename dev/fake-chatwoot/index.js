'use strict';
// A fake Chatwoot server for tests: plain node:http on 127.0.0.1, every request checked
// against Chatwoot's OpenAPI spec (spec.js), answers shaped like Chatwoot's jbuilder views,
// state kept in memory (state.js). See index.d.ts for the API.

const http = require('node:http');
const { SpecIndex, SpecRejection } = require('./spec');
const { ServerPermits, CHANNEL_CLASSES } = require('./permits');
const { parseBody, recordedQuery, queryValues, queryParams } = require('./body');
const { authenticate } = require('./auth');
const { HttpError, railsNotFound } = require('./errors');
const { Faults } = require('./faults');
const { CHATWOOT_VERSION, createState } = require('./state');
const { sampleResponse } = require('./sample');
const { enterpriseRouteShapes, shapeOf } = require('./serverRoutes');
const handlers = require('./handlers');

const HOST = '127.0.0.1';
const ENTERPRISE_ROUTES = enterpriseRouteShapes();

// List operations that page; pageDelayMs slows these down (to test timeouts and
// concurrency of paging clients).
const PAGED_OPERATIONS = new Set([
	'contactList',
	'contactSearch',
	'contactFilter',
	'conversationList',
	'conversationFilter',
	'list-all-messages',
	'get-account-reporting-events',
	'get-account-audit-logs',
	'get-account-automation-rule',
	'list-all-contact-conversations',
	'list-all-conversation-messages',
]);

let sharedSpec;
let sharedPermits;
/** The spec is read and its request schemas compiled once per process; the server's routes too. */
function specIndex() {
	if (!sharedSpec) {
		sharedSpec = new SpecIndex();
		sharedSpec.compileAll();
		sharedPermits = new ServerPermits();
	}
	return sharedSpec;
}

function readAll(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function send(res, answer) {
	let payload = answer.head || answer.body === undefined ? '' : JSON.stringify(answer.body);
	if (answer.raw) payload = answer.raw; // file downloads
	// Rails answers JSON routes with this type, `head :ok` included (empty body)
	res.writeHead(answer.status, {
		'Content-Type': answer.contentType || 'application/json; charset=utf-8',
		'Content-Length': Buffer.byteLength(payload),
		...(answer.headers || {}), // e.g. Location of a redirect
	});
	res.end(payload);
}

class FakeChatwoot {
	constructor(options) {
		this.options = options;
		this.spec = specIndex();
		this.permits = sharedPermits;
		this.requests = [];
		this.faults = new Faults();
		this.state = createState(this.stateOptions());
		this.server = http.createServer((req, res) => {
			this.handle(req, res).catch((err) => {
				// only reached if answering itself failed
				res.destroy(err);
			});
		});
	}

	stateOptions() {
		return { tokens: this.options.tokens, seed: this.options.seed, seedApplication: handlers.seedApplication };
	}

	listen(port) {
		return new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, HOST, () => {
				this.server.off('error', reject);
				this.port = this.server.address().port;
				this.url = `http://${HOST}:${this.port}`;
				resolve();
			});
		});
	}

	async handle(req, res) {
		const raw = await readAll(req);
		const url = new URL(req.url, `http://${HOST}`);
		const record = {
			method: req.method,
			path: url.pathname,
			query: recordedQuery(url.searchParams),
			headers: { ...req.headers },
			body: undefined,
			rawBody: raw,
			status: 0,
		};
		this.requests.push(record);
		const fault = this.faults.take(req.method, url.pathname);
		if (fault && (await this.faults.apply(fault, req, res, record))) return;
		let answer;
		try {
			answer = await this.process(req, url, raw, record);
		} catch (err) {
			answer = this.errorAnswer(err, record);
		}
		record.status = answer.status;
		if (this.options.pageDelayMs && PAGED_OPERATIONS.has(record.operationId)) await sleep(this.options.pageDelayMs);
		send(res, answer);
	}

	async process(req, url, raw, record) {
		const match = this.spec.match(req.method, url.pathname);
		record.operationId = match.route.operationId;
		const body = await parseBody(req.headers, raw);
		record.body = body.recorded;
		this.spec.check(match, queryValues(url.searchParams), body);
		this.permits.check(match.route.method, match.route.template, body, { channelType: this.channelOfInbox(match) });
		if (this.state.server.enterprise === false && ENTERPRISE_ROUTES.has(`${match.route.method} ${shapeOf(match.route.template)}`)) {
			// drawn only with the Enterprise code: without it Rails has no such route
			throw railsNotFound();
		}
		const principal = authenticate(this.state, match.route, req.headers, match.params);
		const ctx = {
			fake: this,
			state: this.state,
			route: match.route,
			params: match.params,
			query: queryParams(url.searchParams),
			body: body.kind === 'none' ? {} : body.value,
			files: body.kind === 'multipart' ? body.recorded.files : [],
			principal,
			account: principal.account,
			accountUser: principal.accountUser,
			baseUrl: this.url,
			now: new Date(),
		};
		return this.dispatch(ctx);
	}

	/** Inbox update keeps the channel keys of the inbox's own channel type (undefined elsewhere, null: no such inbox). */
	channelOfInbox({ route, params }) {
		if (route.operationId !== 'updateInbox') return undefined;
		const inbox = this.state.inboxes.find((i) => String(i.id) === params.id);
		return inbox ? CHANNEL_CLASSES[inbox.channel_type] : null;
	}

	dispatch(ctx) {
		const builtIn = handlers.byOperation[ctx.route.operationId];
		const override = this.options.handlers && this.options.handlers[ctx.route.operationId];
		if (override) return this.runHandler((c) => override(c, () => (builtIn ? builtIn(c) : this.answerWithoutState(c))), ctx);
		if (builtIn) return this.runHandler(builtIn, ctx);
		return this.answerWithoutState(ctx);
	}

	answerWithoutState(ctx) {
		if (ctx.route.operationId === 'fake-api-index') return this.apiIndex();
		if (ctx.route.serverRoute) {
			// no spec schema to answer from: a test must not pass on a route the fake does not play
			return { status: 501, body: { error: `fake-chatwoot: no handler for ${ctx.route.operationId} (${ctx.route.method} ${ctx.route.template})` } };
		}
		// no state for this operation: a plausible 200 from the spec's response schema
		const body = sampleResponse(this.spec.doc, ctx.route.operation);
		return body === undefined ? { status: 200, head: true } : { status: 200, body };
	}

	/**
	 * Handlers validate before they change anything, so a thrown error leaves the state as
	 * it was, except for ids handed out: like a failed INSERT that never ran, those are
	 * given back (the next record gets the id the failed one would have had).
	 */
	runHandler(handler, ctx) {
		const sequences = { ...ctx.state.sequences };
		try {
			return handler(ctx);
		} catch (err) {
			ctx.state.sequences = sequences;
			throw err;
		}
	}

	apiIndex() {
		// ApiController#index; Time#to_formatted_s(:db)
		const timestamp = new Date().toISOString().replace('T', ' ').slice(0, 19);
		return { status: 200, body: { version: this.state.server.version, timestamp, queue_services: 'ok', data_services: 'ok' } };
	}

	errorAnswer(err, record) {
		if (err instanceof SpecRejection) {
			record.rejected = err.message;
			return { status: 400, body: { error: `fake-chatwoot: ${err.message}` } };
		}
		if (err instanceof HttpError) return { status: err.status, body: err.body };
		// a bug in the fake: make it loud in the answer and the record
		record.error = err && err.stack ? err.stack : String(err);
		return { status: 500, body: { error: `fake-chatwoot internal error: ${err && err.message}` } };
	}

	reset() {
		this.requests.length = 0;
		this.faults.clear();
		this.state = createState(this.stateOptions());
	}

	close() {
		return new Promise((resolve, reject) => {
			this.server.close((err) => (err ? reject(err) : resolve()));
			// keep-alive connections would hold close() open
			this.server.closeAllConnections();
		});
	}
}

/** Starts a fake Chatwoot on 127.0.0.1 (random port unless options.port). */
async function startFakeChatwoot(options = {}) {
	const fake = new FakeChatwoot(options);
	await fake.listen(options.port ?? 0);
	return {
		url: fake.url,
		port: fake.port,
		requests: fake.requests,
		get state() {
			return fake.state;
		},
		set state(value) {
			fake.state = value;
		},
		reset: () => fake.reset(),
		setFault: (fault) => fake.faults.set(fault),
		clearFaults: () => fake.faults.clear(),
		close: () => fake.close(),
	};
}

module.exports = { startFakeChatwoot, CHATWOOT_VERSION };
