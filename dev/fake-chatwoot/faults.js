'use strict';
// Fault modes: instead of (or before) the normal answer, the fake fails the way servers and
// the network fail: an error status with a chosen body (Chatwoot's JSON, a gateway's HTML),
// a body that is not JSON, an answer slower than the client's timeout, a connection reset
// in the middle of the answer. A refused connection needs no fault: use a closed port.
//
//   fake.setFault({ status: 429, body: { error: 'Too many requests' }, headers: { 'Retry-After': '1' } })
//   fake.setFault({ delayMs: 2000 })                 // answer normally, but late
//   fake.setFault({ reset: true, times: 1 })         // first request: reset mid-answer
//   fake.setFault({ status: 502, body: '<html>...</html>', match: { path: /^\/platform\// } })
//
// Faults are checked in the order they were set; the first that matches the request and
// has `times` left applies. reset() and clearFaults() remove them all.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function matches(match, method, path) {
	if (!match) return true;
	if (match.method && match.method.toUpperCase() !== method) return false;
	if (match.path instanceof RegExp) return match.path.test(path);
	if (typeof match.path === 'string') return match.path === path;
	return true;
}

function describeFault(fault) {
	if (fault.reset) return 'reset';
	if (fault.status !== undefined || fault.body !== undefined) return `status ${fault.status ?? 200}`;
	return `delay ${fault.delayMs} ms`;
}

class Faults {
	constructor() {
		this.list = [];
	}

	set(fault) {
		if (!fault || typeof fault !== 'object') throw new TypeError('setFault needs an object');
		const known = ['status', 'body', 'headers', 'delayMs', 'reset', 'times', 'match'];
		const unknown = Object.keys(fault).filter((key) => !known.includes(key));
		if (unknown.length) throw new TypeError(`setFault: unknown option(s) ${unknown.join(', ')}`);
		this.list.push({ ...fault, left: fault.times ?? Infinity });
	}

	clear() {
		this.list = [];
	}

	/** The fault that applies to this request, with one of its `times` used up. */
	take(method, path) {
		const fault = this.list.find((f) => f.left > 0 && matches(f.match, method, path));
		if (!fault) return undefined;
		fault.left--;
		return fault;
	}

	/**
	 * Applies a fault. Returns true when it answered (or killed) the request, false when the
	 * request should go on to the normal pipeline (a delay-only fault).
	 */
	async apply(fault, req, res, record) {
		record.fault = describeFault(fault);
		if (fault.delayMs) {
			await sleep(fault.delayMs);
			// the client may have given up meanwhile
			if (req.socket.destroyed) {
				record.status = 0;
				return true;
			}
		}
		if (fault.reset) {
			// headers and half of a JSON body, then a TCP reset (RST), as when a proxy or the
			// server process dies mid-answer
			const partial = '{"id":1,"name":"Ali';
			res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': 4096 });
			res.write(partial);
			record.status = 0;
			await sleep(20);
			req.socket.resetAndDestroy();
			return true;
		}
		if (fault.status === undefined && fault.body === undefined) return false;
		const status = fault.status ?? 200;
		const text = typeof fault.body === 'string' ? fault.body : fault.body === undefined ? '' : JSON.stringify(fault.body);
		const type = typeof fault.body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
		res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text), ...(fault.headers ?? {}) });
		res.end(text);
		record.status = status;
		return true;
	}
}

module.exports = { Faults };
