'use strict';
/**
 * Queue test, part 2: a published ChatWoot Trigger workflow gets 50 signed events plus
 * re-deliveries of 10 of them (same X-Chatwoot-Delivery) and one forged event: 50
 * executions on the workers, the re-deliveries and the forgery start none.
 * `q`: the context test/queue/run.js builds.
 */

const crypto = require('node:crypto');

const { chatwootEvent, deliver } = require('./calls');

async function triggerEvents(q) {
	const { t, fake, workers, users, putsFor, executions, logs, ranBy, ids, RUN, seconds, countBy, triggerWebhookId, sleep } = q;
	const { expect } = t;
	const { burst: BURST, events: EVENTS, redelivered: REDELIVERED } = q.counts;
	let mark;
	const registered = fake.state.webhooks.find((w) => String(w.url).includes(`/webhook/${triggerWebhookId}/webhook`));
	await t.check('trigger: activation in queue mode registered the webhook in Chatwoot (with a signing secret)', () => {
		expect(registered, `no webhook for ${triggerWebhookId} in the fake: ${JSON.stringify(fake.state.webhooks.map((w) => w.url))}`);
		expect(registered.secret, 'the webhook has no secret');
		return registered.url;
	});
	if (registered) {
		const eventUsers = users.slice(BURST, BURST + EVENTS);
		const forgedUser = users[BURST + EVENTS];
		const triggerFrom = fake.requests.length;
		const events = eventUsers.map((userId, i) => chatwootEvent({ id: 100_000 + i, content: `event-${RUN}-${i}`, senderId: userId }));
		const send = (event, secret = registered.secret) => deliver(registered.url, secret, event);
		const forged = {
			delivery: crypto.randomUUID(),
			raw: Buffer.from(JSON.stringify({ event: 'message_created', id: 999_999, content: `forged-${RUN}`, sender: { id: forgedUser, type: 'user' } })),
		};
		t.progress(`(2) ${EVENTS} signed events to ${registered.url}, ${REDELIVERED / 2} re-delivered during the burst, ${REDELIVERED / 2} after, one forged`);
		mark = Date.now();
		// Re-deliveries 0..4 race their originals; 5..9 come once everything was answered.
		const first = await Promise.all([...events.map((e) => send(e)), ...events.slice(0, REDELIVERED / 2).map((e) => send(e)), send(forged, 'not-the-secret')]);
		const late = await Promise.all(events.slice(REDELIVERED / 2, REDELIVERED).map((e) => send(e)));
		const answeredMs = Date.now() - mark;
		// Wait for the runs: 50 finished executions in Postgres, then a little longer for strays.
		const deadline = Date.now() + 120_000;
		let triggerExecutions = await executions(ids.trigger);
		while (triggerExecutions.filter((e) => !['new', 'running'].includes(e.status)).length < EVENTS && Date.now() < deadline) {
			await sleep(500);
			triggerExecutions = await executions(ids.trigger);
		}
		const ranMs = Date.now() - mark;
		await sleep(3000);
		triggerExecutions = await executions(ids.trigger);
		await t.haltIfFinishing();
		t.progress(`  answered in ${seconds(answeredMs)}, ${triggerExecutions.length} executions after ${seconds(ranMs)}`);

		const originals = first.slice(0, EVENTS);
		const racing = first.slice(EVENTS, EVENTS + REDELIVERED / 2);
		const forgedAnswer = first[first.length - 1];
		const dropped = (a) => a.status === 200 && a.json?.ignored === 'duplicate delivery';
		const accepted = (a) => a.status === 200 && !a.json?.ignored;
		await t.check(`trigger: each of the ${EVENTS} deliveries started exactly one run; all ${REDELIVERED} re-deliveries answered 200 "duplicate delivery"`, () => {
			const problems = [];
			events.forEach((event, i) => {
				const answers = [originals[i], i < REDELIVERED / 2 ? racing[i] : undefined, i >= REDELIVERED / 2 && i < REDELIVERED ? late[i - REDELIVERED / 2] : undefined].filter(Boolean);
				const starts = answers.filter(accepted).length;
				const drops = answers.filter(dropped).length;
				if (starts !== 1 || drops !== answers.length - 1) {
					problems.push(`delivery ${i}: ${answers.map((a) => a.error ?? `${a.status} ${a.body.slice(0, 80)}`).join(' | ')}`);
				}
			});
			expect(problems.length === 0, problems.slice(0, 3).join('; '));
			return `${REDELIVERED / 2} raced their original, ${REDELIVERED / 2} came later`;
		});
		await t.check('trigger: the forged delivery (wrong secret) was refused with 401', () => {
			expect(forgedAnswer.status === 401, `answered ${forgedAnswer.error ?? `${forgedAnswer.status} ${forgedAnswer.body}`}`);
			return forgedAnswer.body.slice(0, 80);
		});
		const triggerLogs = logs();
		await t.check(`trigger: Postgres holds exactly ${EVENTS} executions, all successful, all run on the workers`, () => {
			const statuses = countBy(triggerExecutions.map((e) => e.status));
			expect(triggerExecutions.length === EVENTS && statuses.success === EVENTS, `executions: ${triggerExecutions.length}, ${JSON.stringify(statuses)}`);
			const owners = triggerExecutions.map((e) => ranBy(e.id, triggerLogs));
			const unowned = triggerExecutions.filter((e, i) => owners[i].length !== 1).map((e) => e.id);
			expect(unowned.length === 0, `not finished by exactly one worker: ${unowned.slice(0, 5).join(', ')}`);
			const perWorker = countBy(owners.map((o) => o[0]));
			return `${workers.map((w) => `${w.name} ${perWorker[w.name] || 0}`).join(', ')}; ${seconds(ranMs)} from the first delivery to the last run`;
		});
		await t.check(`trigger: the fake got exactly one update per event (${EVENTS}), none for the forgery`, () => {
			const puts = putsFor(triggerFrom);
			const problems = [];
			eventUsers.forEach((userId, i) => {
				const got = puts.get(userId) || [];
				if (got.length !== 1 || got[0].body?.name !== `event-${RUN}-${i}`) problems.push(`user ${userId}: ${got.map((r) => JSON.stringify(r.body)).join(', ') || 'no PUT'}`);
			});
			if (puts.has(forgedUser)) problems.push('the forged event updated its user');
			const total = [...puts.values()].reduce((sum, list) => sum + list.length, 0);
			if (total !== EVENTS) problems.push(`${total} PUTs in all`);
			expect(problems.length === 0, problems.slice(0, 5).join('; '));
			return `${total} PUTs`;
		});
	}
}

module.exports = { triggerEvents };
