'use strict';
/**
 * Queue test, part 1: QUEUE_BURST (200) concurrent calls of a published Webhook -> ChatWoot
 * (Platform User Update) workflow: every call answered with its user, every update at the
 * fake exactly once, every execution successful in Postgres, both workers ran some.
 * `q`: the context test/queue/run.js builds.
 */

const { post, maxOverlap } = require('./calls');

async function burstCalls(q) {
	const { t, fake, mainProcess, workers, users, putsFor, executions, logs, ranBy, ids, paths, RUN, seconds, countBy } = q;
	const { expect } = t;
	const BURST = q.counts.burst;
	let mark;
	const burstUsers = users.slice(0, BURST);
	const burstFrom = fake.requests.length;
	t.progress(`(1) ${BURST} concurrent calls of ${mainProcess.url}/webhook/${paths.update}`);
	mark = Date.now();
	const burst = await Promise.all(
		burstUsers.map((userId, i) => post(`${mainProcess.url}/webhook/${paths.update}`, { userId, name: `burst-${RUN}-${i}` })),
	);
	const burstMs = Date.now() - mark;
	await t.haltIfFinishing();
	t.progress(`  all answered in ${seconds(burstMs)}`);
	await t.check(`burst: all ${BURST} calls answered 200 with their updated user`, () => {
		const bad = burst
			.map((answer, i) => ({ answer, i }))
			.filter(({ answer, i }) => answer.status !== 200 || answer.json?.id !== burstUsers[i] || answer.json?.name !== `burst-${RUN}-${i}`);
		expect(
			bad.length === 0,
			`${bad.length} wrong, e.g. call ${bad[0]?.i}: ${bad[0]?.answer.error ?? `${bad[0]?.answer.status} ${String(bad[0]?.answer.body).slice(0, 200)}`}`,
		);
		const times = burst.map((a) => a.ms).sort((a, b) => a - b);
		return `${seconds(burstMs)} in all, up to ${maxOverlap(burst)} calls open at once, per call median ${times[times.length >> 1]} ms, max ${times[times.length - 1]} ms`;
	});
	await t.check(`burst: every update reached the fake exactly once (${BURST} PUTs, one per user, with its name)`, () => {
		const puts = putsFor(burstFrom);
		const problems = [];
		burstUsers.forEach((userId, i) => {
			const got = puts.get(userId) || [];
			if (got.length !== 1) problems.push(`user ${userId}: ${got.length} PUTs`);
			else if (got[0].body?.name !== `burst-${RUN}-${i}` || got[0].status !== 200) problems.push(`user ${userId}: ${JSON.stringify(got[0].body)} -> ${got[0].status}`);
		});
		const total = [...puts.values()].reduce((sum, list) => sum + list.length, 0);
		if (total !== BURST) problems.push(`${total} PUTs in all`);
		expect(problems.length === 0, problems.slice(0, 5).join('; '));
		return `${total} PUTs`;
	});
	const burstExecutions = await executions(ids.update);
	const burstLogs = logs();
	await t.check(`burst: Postgres holds ${BURST} executions of the workflow, all successful, each run by one worker (worker logs), both workers ran some`, () => {
		const statuses = countBy(burstExecutions.map((e) => e.status));
		expect(burstExecutions.length === BURST && statuses.success === BURST, `executions: ${burstExecutions.length}, ${JSON.stringify(statuses)}`);
		const owners = burstExecutions.map((e) => ranBy(e.id, burstLogs));
		const unowned = burstExecutions.filter((e, i) => owners[i].length !== 1).map((e, i) => `${e.id}: ${owners[i].join('+') || 'none'}`);
		expect(unowned.length === 0, `executions not finished by exactly one worker: ${unowned.slice(0, 5).join(', ')}`);
		const perWorker = countBy(owners.map((o) => o[0]));
		expect(workers.every((w) => perWorker[w.name] > 0), `per worker: ${JSON.stringify(perWorker)}`);
		return workers.map((w) => `${w.name} ${perWorker[w.name]}`).join(', ');
	});
}

module.exports = { burstCalls };
