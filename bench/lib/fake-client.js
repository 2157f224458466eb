'use strict';
/**
 * Starts bench/lib/fake-server.js in a child process and talks to it over IPC; runs the
 * measuring children (fresh processes) against it.
 */
const { fork } = require('node:child_process');
const path = require('node:path');

async function startFakeProcess() {
	const child = fork(path.join(__dirname, 'fake-server.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	const ready = await new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`fake Chatwoot exited with ${code}`)));
		child.on('message', (message) => message.ready && resolve(message));
	});
	let counter = 0;
	const call = (cmd, extra = {}) =>
		new Promise((resolve, reject) => {
			const id = ++counter;
			const handler = (message) => {
				if (message.id !== id) return;
				child.off('message', handler);
				if (message.ok) resolve(message.result);
				else reject(new Error(message.error));
			};
			child.on('message', handler);
			child.send({ id, cmd, ...extra });
		});
	return {
		url: ready.url,
		tokens: ready.tokens,
		reset: () => call('reset'),
		seedContacts: (count) => call('contacts', { count }),
		stats: () => call('stats'),
		close: () => {
			child.removeAllListeners('exit');
			child.disconnect();
		},
	};
}

/**
 * A job in a fresh child process (bench/lib/<script>): job → (warm → the fake is reset → go)
 * → done. Resolves with the child's result.
 */
function runIpcChild(script, job, fake, nodeArgs = []) {
	return new Promise((resolve, reject) => {
		const child = fork(path.join(__dirname, script), [], {
			cwd: path.resolve(__dirname, '../..'),
			execArgv: ['--max-old-space-size=4096', ...nodeArgs],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		let result;
		let warm;
		child.on('message', async (message) => {
			if (message.warm) {
				warm = message;
				await fake.reset();
				child.send({ go: true });
			}
			if (message.done) result = { ...message.done, evaluations: warm?.evaluations };
		});
		child.on('error', reject);
		child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`${script} exited with ${code} and no result`))));
		child.send({ job });
	});
}

module.exports = { startFakeProcess, runIpcChild };
