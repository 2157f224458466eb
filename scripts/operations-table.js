#!/usr/bin/env node
// Writes the README's operations table from the built node description (dist/), between
// the markers <!-- operations:start --> and <!-- operations:end -->.
// `node scripts/operations-table.js --check` exits 1 when the README is out of date.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const README = path.join(ROOT, 'README.md');
const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

function operationsTable() {
	const { ChatWoot } = require(path.join(ROOT, 'dist/nodes/ChatWoot/ChatWoot.node.js'));
	const { properties } = new ChatWoot().description;
	const resources = properties.find((p) => p.name === 'resource').options;
	const rows = [];
	for (const resource of resources) {
		const operation = properties.find(
			(p) => p.name === 'operation' && p.displayOptions.show.resource.includes(resource.value),
		);
		for (const option of operation.options) {
			const request = option.routing.request;
			rows.push(`| ${resource.name} | ${option.name} | \`${request.method} ${request.url}\` |`);
		}
	}
	return [
		`${rows.length} operations.`,
		'',
		'| Resource | Operation | Chatwoot endpoint |',
		'| --- | --- | --- |',
		...rows,
	].join('\n');
}

function render(readme) {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) throw new Error(`README.md lacks ${START} ... ${END}`);
	return `${readme.slice(0, start + START.length)}\n${operationsTable()}\n${readme.slice(end)}`;
}

module.exports = { operationsTable, render };

if (require.main === module) {
	const current = fs.readFileSync(README, 'utf8');
	const next = render(current);
	if (process.argv.includes('--check')) {
		if (next !== current) {
			console.error('README.md operations table is out of date: run `npm run readme`');
			process.exit(1);
		}
		console.log('README.md operations table is up to date');
	} else {
		fs.writeFileSync(README, next);
		console.log('README.md operations table written');
	}
}
