'use strict';
/**
 * One fresh process: time and heap to `require` a package's built node and credential and
 * make one of each, as n8n's loader does. n8n-workflow (the peer dependency n8n already has
 * loaded) is required before the clock starts. Run with --expose-gc.
 * argv[2]: 'this' | 'other'. Prints one JSON line: { ms, heapBytes }.
 */
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const which = process.argv[2];
const dir =
	which === 'this' ? ROOT : path.dirname(require.resolve('@devlikeapro/n8n-nodes-chatwoot/package.json', { paths: [ROOT] }));
const pkg = require(path.join(dir, 'package.json'));

require(require.resolve('n8n-workflow', { paths: [dir] }));
global.gc();
const heapBefore = process.memoryUsage().heapUsed;
const start = process.hrtime.bigint();

const instances = [];
for (const file of [...pkg.n8n.credentials, ...pkg.n8n.nodes.filter((f) => /\/ChatWoot\.node\.js$/.test(f))]) {
	const exported = require(path.join(dir, file));
	for (const Class of Object.values(exported)) if (typeof Class === 'function') instances.push(new Class());
}

const ms = Number(process.hrtime.bigint() - start) / 1e6;
global.gc();
const heapBytes = process.memoryUsage().heapUsed - heapBefore;
process.stdout.write(`${JSON.stringify({ ms, heapBytes, loaded: instances.length })}\n`);
