'use strict';
/**
 * Drives a real n8n from Node scripts (`npm start`, the e2e, UI, queue and start tiers, the
 * bench). One entry, `require('scripts/lib/n8n')`; each concern in its own file:
 *
 * - project.js      ROOT, PACKAGE_NAME, DEFAULT_N8N_VERSION
 * - processes.js    child processes in their own groups, temporary folders, cleanup on exit
 * - network.js      free ports on 127.0.0.1, a plain GET
 * - install.js      ensureN8n(): the pinned n8n (scripts/ensure-n8n.sh) with Node 24
 * - package.js      createUserFolder(), build, `npm pack`, install into <folder>/.n8n/nodes
 * - environment.js  n8nEnv(): what every n8n process gets; createN8nContext()
 * - cli.js          one-shot CLI commands: imports, publish, `n8n execute` and its run data
 * - server.js       startN8n(): `n8n start`, returned once its REST API answers
 * - rest.js         owner setup, sign-in, REST calls with the session cookie; n8nId()
 *
 * Node 20, CommonJS, built-ins only.
 */

const project = require('./project');
const processes = require('./processes');
const network = require('./network');
const install = require('./install');
const packaging = require('./package');
const environment = require('./environment');
const cli = require('./cli');
const server = require('./server');
const rest = require('./rest');

module.exports = {
	...project,
	run: processes.run,
	runChecked: processes.runChecked,
	killGroup: processes.killGroup,
	stopAllProcesses: processes.stopAllProcesses,
	startGroup: processes.startGroup,
	...network,
	...install,
	...packaging,
	...environment,
	...cli,
	...server,
	...rest,
};
