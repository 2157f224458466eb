'use strict';
/** The environment of every n8n process started here, and the context commands share. */

const path = require('node:path');

// Fixed so that credentials imported in one run stay readable in the next (persistent
// `npm start` folder). Not a secret: it only protects throwaway local databases.
const TEST_ENCRYPTION_KEY = 'n8n-nodes-chatwoot-api-local-test-key';

// Variables of the calling shell that would change what n8n does (another database, queue
// mode, another user folder...). They are not passed on: each run is self-contained.
const NOT_INHERITED_PREFIXES = ['N8N_', 'DB_', 'EXECUTIONS_', 'QUEUE_', 'GENERIC_', 'NODES_', 'WEBHOOK_', 'CREDENTIALS_', 'EXTERNAL_'];

/**
 * The environment of every n8n process: its user folder, a fixed encryption key, sqlite,
 * 127.0.0.1 only, no telemetry, no update checks, no banners.
 */
function n8nEnv(install, userFolder, extra = {}) {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!NOT_INHERITED_PREFIXES.some((prefix) => key.startsWith(prefix))) env[key] = value;
	}
	Object.assign(env, {
		// Node 24 first: n8n starts its task runner with the `node` it finds.
		PATH: `${install.nodeBinDir}${path.delimiter}${process.env.PATH || ''}`,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
		DB_TYPE: 'sqlite',
		// The run data of `n8n execute` is printed at level info (nothing at warn).
		N8N_LOG_LEVEL: 'info',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		// Offline and quiet.
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		// Loads the packages in <userFolder>/.n8n/nodes (and lets the editor install more).
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		// The fake Chatwoot lives on 127.0.0.1; keep SSRF protection (off by default) off.
		N8N_SSRF_PROTECTION_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
	});
	if (install.major < 2) {
		// 1.x runs Code nodes in-process unless told to use task runners, as 2.x always does.
		env.N8N_RUNNERS_ENABLED = 'true';
	}
	for (const [key, value] of Object.entries(extra)) {
		if (value === undefined) delete env[key];
		else env[key] = String(value);
	}
	return env;
}

/** What CLI commands and `n8n start` need: the install, the user folder, extra env. */
function createN8nContext({ install, userFolder, env = {} }) {
	return { install, userFolder, env };
}

module.exports = { n8nEnv, createN8nContext };
