'use strict';
/** Ports on 127.0.0.1 and a plain GET, for waiting on servers started here. */

const http = require('node:http');
const net = require('node:net');

/** A port that was free on 127.0.0.1 a moment ago. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Whether 127.0.0.1:port is free (nothing, not even a 0.0.0.0 listener, holds it). */
function isPortFree(port) {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.unref();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** `preferred` if free, else a random free port. */
async function pickPort(preferred) {
	if (preferred && (await isPortFree(preferred))) return preferred;
	return freePort();
}

/** GET url → {status, body} (no throw on HTTP errors), or rejects on connection errors. */
function httpGet(url, timeoutMs = 2000) {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { timeout: timeoutMs }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode, body }));
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', reject);
	});
}

module.exports = { freePort, isPortFree, pickPort, httpGet };
