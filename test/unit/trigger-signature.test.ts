/**
 * Signature checks of the ChatWoot Trigger. The expected digests were computed with Python's
 * hmac module (an independent implementation), not with the code under test.
 */
import { expectedSignature, verifySignature } from '../../nodes/ChatWootTrigger/signature';
import { forgetDeliveries, isDuplicateDelivery, isReplayedSignature } from '../../nodes/ChatWootTrigger/deliveries';

const SECRET = 'whsec_test_5f2b';
const COMPACT = Buffer.from('{"event":"message_created","id":1}');
// Spaces, a \u escape and 1.0: JSON.stringify(JSON.parse(raw)) gives different bytes.
const ODD = Buffer.from('{"event": "message_created",  "content": "caf\\u00e9", "id": 1.0}');

const vectors: Array<[string, Buffer, string]> = [
	['1764230400', COMPACT, '6520b8202a54729e804e36c62b865d241d138505135bc52b4b0439c15a43fb9d'],
	['1764230400', ODD, 'e24e073e7796d156acb0bbb3427fcf6163e75cc85e792fe00726ca966a3492be'],
	['1700000000', Buffer.alloc(0), '931132e018a5905d0af455ad28ce528115ca95412a69e5817bb2f0926832087d'],
];

test.each(vectors)('HMAC-SHA256(secret, "%s.<body>") matches the independent vector', (timestamp, body, hex) => {
	expect(expectedSignature(SECRET, timestamp, body)).toBe(hex);
});

test('the signature is over the raw bytes, not re-serialised JSON', () => {
	const reserialised = Buffer.from(JSON.stringify(JSON.parse(ODD.toString())));
	expect(reserialised.equals(ODD)).toBe(false);
	const check = (rawBody: Buffer) =>
		verifySignature({
			secret: SECRET,
			rawBody,
			timestamp: '1764230400',
			signature: `sha256=${vectors[1][2]}`,
			toleranceSeconds: 300,
			nowSeconds: 1764230400,
		});
	expect(check(ODD)).toBeUndefined();
	expect(check(reserialised)).toBe('signature mismatch');
});

describe('verifySignature refuses', () => {
	const base = {
		secret: SECRET,
		rawBody: COMPACT,
		timestamp: '1764230400',
		signature: `sha256=${vectors[0][2]}`,
		toleranceSeconds: 300,
		nowSeconds: 1764230400 + 10,
	};
	test('nothing when all is right (upper-case hex too)', () => {
		expect(verifySignature(base)).toBeUndefined();
		expect(verifySignature({ ...base, signature: base.signature.toUpperCase().replace('SHA256', 'sha256') })).toBeUndefined();
	});
	test.each([
		['missing signature', { signature: undefined }, 'missing signature headers'],
		['missing timestamp', { timestamp: undefined }, 'missing signature headers'],
		['no sha256= prefix', { signature: vectors[0][2] }, 'malformed signature'],
		['short hex', { signature: 'sha256=abcd' }, 'malformed signature'],
		['timestamp not a number', { timestamp: '17642304OO' }, 'malformed timestamp'],
		['too old', { nowSeconds: 1764230400 + 301 }, 'timestamp outside the tolerance'],
		['from the future', { nowSeconds: 1764230400 - 301 }, 'timestamp outside the tolerance'],
		['wrong secret', { secret: 'other' }, 'signature mismatch'],
		['tampered body', { rawBody: Buffer.from('{"event":"message_created","id":2}') }, 'signature mismatch'],
		['signature of another timestamp', { timestamp: '1764230401' }, 'signature mismatch'],
	])('%s', (_name, change, problem) => {
		expect(verifySignature({ ...base, ...change } as typeof base)).toBe(problem);
	});
	test('tolerance 0 turns the age check off', () => {
		expect(verifySignature({ ...base, toleranceSeconds: 0, nowSeconds: 0 })).toBeUndefined();
	});
});

describe('duplicate deliveries', () => {
	test('the same delivery id is a duplicate within the hour, per trigger', () => {
		const now = 1_000_000_000;
		expect(isDuplicateDelivery('wf1:node', 'd-1', now)).toBe(false);
		expect(isDuplicateDelivery('wf1:node', 'd-1', now + 1000)).toBe(true);
		expect(isDuplicateDelivery('wf2:node', 'd-1', now + 1000)).toBe(false);
		expect(isDuplicateDelivery('wf1:node', 'd-2', now + 1000)).toBe(false);
		expect(isDuplicateDelivery('wf1:node', 'd-1', now + 3_600_001 + 1000)).toBe(false);
	});
	test('memory stays bounded', () => {
		for (let i = 0; i < 12_000; i++) isDuplicateDelivery('wf-bound:node', `id-${i}`, 5_000_000 + i);
		// The oldest ids were evicted: id-0 counts as new again.
		expect(isDuplicateDelivery('wf-bound:node', 'id-0', 5_012_000)).toBe(false);
		expect(isDuplicateDelivery('wf-bound:node', 'id-11999', 5_012_001)).toBe(true);
	});
});

describe('signatures seen (replays with a new delivery ID)', () => {
	const now = 1_764_230_400_000;
	test('a signature again with another or no delivery ID is a replay until its timestamp gets too old; the same ID is a retry', () => {
		expect(isReplayedSignature('wf1:node', 'sig-a', 'd-1', now, now + 300_000)).toBe(false);
		expect(isReplayedSignature('wf1:node', 'sig-a', 'd-1', now + 1000)).toBe(false);
		expect(isReplayedSignature('wf1:node', 'sig-a', 'd-2', now + 1000)).toBe(true);
		expect(isReplayedSignature('wf1:node', 'sig-a', undefined, now + 1000)).toBe(true);
		expect(isReplayedSignature('wf2:node', 'sig-a', 'd-2', now + 1000)).toBe(false);
		expect(isReplayedSignature('wf1:node', 'sig-a', 'd-3', now + 300_001)).toBe(false);
	});
	test('memory stays bounded', () => {
		for (let i = 0; i < 12_000; i++) isReplayedSignature('wf-bound:node', `sig-${i}`, `d-${i}`, now + i, now + 3_600_000);
		expect(isReplayedSignature('wf-bound:node', 'sig-0', 'other', now + 12_000)).toBe(false);
		expect(isReplayedSignature('wf-bound:node', 'sig-11999', 'other', now + 12_001)).toBe(true);
	});
	test('forgetting a trigger (deactivation) forgets its signatures', () => {
		isReplayedSignature('wf-forget:node', 'sig', 'd-1', now, now + 300_000);
		forgetDeliveries('wf-forget:node');
		expect(isReplayedSignature('wf-forget:node', 'sig', 'd-2', now + 1)).toBe(false);
	});
});
