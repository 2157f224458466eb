'use strict';
/**
 * Bytes of the action node's description as n8n sends it to the editor: n8n-core's
 * PackageDirectoryLoader loads the package as n8n does at startup (codex, icon URLs, the
 * Request Options it adds to declarative nodes), and the editor gets these descriptions as
 * JSON (types/nodes.json). Also gzip bytes (what goes over the wire when compressed).
 * argv[2]: 'this' | 'other'. Prints one JSON line.
 */
require('reflect-metadata');
const path = require('node:path');
const zlib = require('node:zlib');
const { PackageDirectoryLoader } = require('n8n-core');

const ROOT = path.resolve(__dirname, '../..');

async function main() {
	const which = process.argv[2];
	const dir =
		which === 'this' ? ROOT : path.dirname(require.resolve('@devlikeapro/n8n-nodes-chatwoot/package.json', { paths: [ROOT] }));
	const loader = new PackageDirectoryLoader(dir);
	await loader.loadAll();
	const description = loader.types.nodes.find((node) => node.name === 'chatWoot');
	const json = JSON.stringify(description);
	let operations = 0;
	for (const property of description.properties) {
		if (property.name === 'operation' && Array.isArray(property.options)) operations += property.options.length;
	}
	const credentials = loader.types.credentials.map((c) => JSON.stringify(c).length).reduce((a, b) => a + b, 0);
	process.stdout.write(
		`${JSON.stringify({
			bytes: Buffer.byteLength(json),
			gzipBytes: zlib.gzipSync(json).length,
			operations,
			properties: description.properties.length,
			credentialBytes: credentials,
		})}\n`,
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
