import { createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureProblem =
	| 'missing signature headers'
	| 'malformed signature'
	| 'malformed timestamp'
	| 'timestamp outside the tolerance'
	| 'signature mismatch'
	| 'signature already used'
	| 'no signing secret is known';

/**
 * Chatwoot (4.11.2 and later) signs each delivery:
 * X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>.
 * The HMAC is over the raw bytes as received: re-serialised JSON would differ.
 */
export function expectedSignature(secret: string, timestamp: string, rawBody: Buffer): string {
	return createHmac('sha256', secret)
		.update(`${timestamp}.`)
		.update(rawBody)
		.digest('hex');
}

export function verifySignature(options: {
	secret: string;
	rawBody: Buffer;
	timestamp: string | undefined;
	signature: string | undefined;
	toleranceSeconds: number;
	nowSeconds: number;
}): SignatureProblem | undefined {
	const { secret, rawBody, timestamp, signature, toleranceSeconds, nowSeconds } = options;
	if (!timestamp || !signature) return 'missing signature headers';
	if (!/^\d{1,12}$/.test(timestamp)) return 'malformed timestamp';
	const match = /^sha256=([0-9a-f]{64})$/i.exec(signature.trim());
	if (!match) return 'malformed signature';
	if (toleranceSeconds > 0 && Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) {
		return 'timestamp outside the tolerance';
	}
	const expected = Buffer.from(expectedSignature(secret, timestamp, rawBody), 'hex');
	const received = Buffer.from(match[1].toLowerCase(), 'hex');
	// Constant time: the comparison must not reveal how much of a forged signature matched.
	return timingSafeEqual(expected, received) ? undefined : 'signature mismatch';
}
