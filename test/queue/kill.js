'use strict';
/**
 * Queue test, part 3: a burst of 100 calls to a Webhook -> Wait -> ChatWoot workflow, and one
 * worker is SIGKILLed while it has runs in flight: every accepted call is completed exactly
 * once or reported failed (in its HTTP answer and in Postgres); the test says which.
 * `q`: the context test/queue/run.js builds.
 */

const cluster = require('./cluster');
const { post, abortOpenCalls } = require('./calls');

async function killWorker(q) {
	const { t, fake, mainProcess, workers, users, putsFor, logs, ids, paths, RUN, seconds, pg, sleep } = q;
	const { expect } = t;
	const { burst: BURST, events: EVENTS, killCalls: KILL_CALLS, waitSeconds: WAIT_SECONDS } = q.counts;
	let mark;
	const killUsers = users.slice(BURST + EVENTS + 1);
	const victim = workers[0];
	const survivor = workers[1];
	const killFrom = fake.requests.length;
	const before = logs();
	const markerOf = (i) => `kill-${RUN}-${i}`;
	// Execution id -> marker, read from the execution's data while it is new/running: n8n
	// replaces the data of a run it marks failed with just the error.
	const markers = new Map();
	const readMarkers = async () => {
		const rows = await pg.query(
			`SELECT e.id, e.status, substring(d.data from 'kill-${RUN}-[0-9]+') FROM execution_entity e LEFT JOIN execution_data d ON d."executionId" = e.id WHERE e."workflowId" = '${ids.slow}' ORDER BY e.id::bigint`,
		);
		for (const [id, , marker] of rows) if (marker) markers.set(id, marker);
		return rows.map(([id, status]) => ({ id, status }));
	};
	t.progress(`(3) ${KILL_CALLS} concurrent calls of Webhook -> Wait ${WAIT_SECONDS}s -> ChatWoot; SIGKILL ${victim.name} while it has runs in flight`);
	mark = Date.now();
	let answered = 0;
	const calls = killUsers.map((userId, i) =>
		post(`${mainProcess.url}/webhook/${paths.slow}`, { userId, name: markerOf(i) }).then((answer) => {
			answered++;
			return answer;
		}),
	);
	let killed = null;
	const killDeadline = Date.now() + 90_000;
	while (!killed) {
		const now = cluster.workerLogExecutions(victim.logFile);
		const inFlight = [...now.started].filter((id) => !before[victim.name].started.has(id) && !now.finished.has(id));
		if ((answered >= KILL_CALLS / 5 && inFlight.length > 0) || Date.now() > killDeadline) {
			await readMarkers();
			victim.kill('SIGKILL');
			killed = { at: Date.now(), answered, inFlight };
			t.progress(`  SIGKILL ${victim.name} after ${seconds(killed.at - mark)}: ${answered} calls answered, its log shows ${inFlight.length} runs in flight`);
		} else {
			await sleep(50);
		}
	}
	// Until every execution of this workflow is settled in Postgres (none new/running) and
	// every call answered; calls still open 30 s after the executions settled are given up.
	let killExecutions = [];
	let settledAt = null;
	const settleDeadline = Date.now() + 180_000;
	while (Date.now() < settleDeadline) {
		killExecutions = await readMarkers();
		const settled = killExecutions.length >= KILL_CALLS && !killExecutions.some((e) => ['new', 'running'].includes(e.status));
		if (settled && !settledAt) settledAt = Date.now();
		if (!settled) settledAt = null;
		if (settledAt && (answered === KILL_CALLS || Date.now() - settledAt > 30_000)) break;
		await sleep(1000);
	}
	abortOpenCalls('given up: no answer 30 s after all executions had settled');
	const killAnswers = await Promise.all(calls);
	const killMs = Date.now() - mark;
	await t.haltIfFinishing();
	t.progress(`  calls and executions settled after ${seconds(killMs)}`);
	const killLogs = logs();
	const newlyStarted = (name) => [...killLogs[name].started].filter((id) => !before[name].started.has(id));
	// What the dead worker had started and not finished: complete now that its log is final.
	const orphaned = newlyStarted(victim.name).filter((id) => !killLogs[victim.name].finished.has(id));
	await t.check(`kill: ${victim.name} was killed (SIGKILL) with runs in flight`, () => {
		expect(victim.exited, `${victim.name} is still running`);
		expect(orphaned.length > 0, `no run was in flight on ${victim.name} when it was killed (the next check then proves little)`);
		return `its log shows ${orphaned.length} started and not finished (executions ${orphaned.join(', ')}); ${killed.answered} of ${KILL_CALLS} calls were answered by then`;
	});
	const outcomes = new Map();
	const note = (outcome, text) => {
		if (!outcomes.has(outcome)) outcomes.set(outcome, []);
		outcomes.get(outcome).push(text);
	};
	const FINE = ['completed once', 'completed after a re-queue', 'reported failed', 'completed, the caller got no answer', 'reported failed in Postgres, the caller got no answer'];
	{
		const puts = putsFor(killFrom);
		killUsers.forEach((userId, i) => {
			const marker = markerOf(i);
			const answer = killAnswers[i];
			const runs = killExecutions.filter((e) => markers.get(e.id) === marker);
			const updates = (puts.get(userId) || []).filter((r) => r.body?.name === marker && r.status === 200).length;
			const http = answer.error ? `no answer (${answer.error})` : `HTTP ${answer.status}`;
			const text = `call ${i}: ${http}, executions ${runs.map((r) => `${r.id} ${r.status}`).join(', ') || 'none'}, updates ${updates}`;
			if (runs.length !== 1) return note('lost or inconsistent', text);
			const [run] = runs;
			const onVictim = orphaned.includes(run.id);
			if (run.status === 'success') {
				if (updates === 0) return note('lost or inconsistent', text);
				const requeued = onVictim && killLogs[survivor.name].started.has(run.id);
				if (answer.status === 200 && answer.json?.name === marker) {
					if (requeued) return note('completed after a re-queue', `${text}${updates > 1 ? ' (updated twice)' : ''}`);
					return updates === 1 ? note('completed once', text) : note('lost or inconsistent', text);
				}
				if (answer.error) return note('completed, the caller got no answer', `${text}${onVictim ? `, in flight on ${victim.name}` : ''}`);
				return note('lost or inconsistent', text);
			}
			if (['error', 'crashed', 'canceled'].includes(run.status)) {
				const detail = `${text}${onVictim ? `, in flight on ${victim.name}` : ''}${answer.body ? `, answer ${answer.body.slice(0, 100)}` : ''}`;
				if (answer.status >= 400) return note('reported failed', detail);
				if (answer.error) return note('reported failed in Postgres, the caller got no answer', detail);
			}
			return note('lost or inconsistent', text);
		});
		const unknown = killExecutions.filter((e) => !markers.has(e.id));
		for (const e of unknown) note('lost or inconsistent', `execution ${e.id} (${e.status}) belongs to no call`);
	}
	for (const [outcome, list] of outcomes) {
		if (outcome !== 'completed once') console.log(`INFO kill: ${outcome} (${list.length}): ${list.slice(0, 4).join('; ')}${list.length > 4 ? '; ...' : ''}`);
	}
	await t.check('kill: no accepted run was lost: every call has one execution in Postgres, successful with its update at the fake, or marked failed', () => {
		const bad = outcomes.get('lost or inconsistent') || [];
		const counts = [...outcomes].map(([outcome, list]) => `${list.length} ${outcome}`).join(', ');
		expect(bad.length === 0, `${counts}: ${bad.slice(0, 4).join('; ')}`);
		expect([...outcomes.keys()].every((outcome) => FINE.includes(outcome)), counts);
		return counts;
	});
	await t.check(`kill: ${survivor.name} kept running and ran the rest`, () => {
		expect(!survivor.exited, `${survivor.name} exited: ${JSON.stringify(survivor.exited)}`);
		const ran = killExecutions.filter((e) => e.status === 'success' && killLogs[survivor.name].finished.has(e.id)).length;
		expect(ran > 0, `${survivor.name} finished none of them`);
		return `${ran} of the ${KILL_CALLS} runs finished on ${survivor.name}; ${seconds(killMs)} from the first call until all had settled`;
	});
}

module.exports = { killWorker };
