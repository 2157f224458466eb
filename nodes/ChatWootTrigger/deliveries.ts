/**
 * What the trigger remembers about deliveries, per trigger, in the memory of the process that
 * receives webhooks (n8n's main or webhook process), bounded in time and count:
 * - delivery IDs: Chatwoot retries a delivery with the same X-Chatwoot-Delivery, and a retry
 *   starts no second execution;
 * - signatures: the delivery header is not signed, so a signed delivery replayed with a new
 *   delivery ID is recognised by its signature, as long as its timestamp is fresh;
 * - whether the log already said that this trigger accepts deliveries it cannot check.
 */
const WINDOW_MS = 60 * 60 * 1000;
const MAX_PER_TRIGGER = 10_000;

interface Sighting {
	/** Forgotten after this time (ms). */
	until: number;
	deliveryId?: string;
}

/** Keys seen per trigger until they expire; at most MAX_PER_TRIGGER, the oldest go first. */
class SeenPerTrigger {
	private readonly byTrigger = new Map<string, Map<string, Sighting>>();

	/** The earlier sighting of `key` if it has not expired; otherwise remembers this one. */
	sighting(triggerKey: string, key: string, now: number, sighting: Sighting): Sighting | undefined {
		let seen = this.byTrigger.get(triggerKey);
		if (!seen) {
			seen = new Map();
			this.byTrigger.set(triggerKey, seen);
		}
		// Map keeps insertion order: the oldest entries come first.
		for (const [oldKey, old] of seen) {
			if (old.until >= now && seen.size <= MAX_PER_TRIGGER) break;
			seen.delete(oldKey);
		}
		const earlier = seen.get(key);
		if (earlier !== undefined && earlier.until >= now) return earlier;
		seen.delete(key);
		seen.set(key, sighting);
		return undefined;
	}

	forget(triggerKey: string): void {
		this.byTrigger.delete(triggerKey);
	}
}

const deliveryIds = new SeenPerTrigger();
const signatures = new SeenPerTrigger();
const warnedUnchecked = new Set<string>();

/** True when this delivery id was already seen for this trigger within the window. */
export function isDuplicateDelivery(triggerKey: string, deliveryId: string, now: number): boolean {
	return deliveryIds.sighting(triggerKey, deliveryId, now, { until: now + WINDOW_MS }) !== undefined;
}

/**
 * True when this signature was already used by another delivery (another or no delivery ID)
 * and is still fresh; the same delivery ID again is a retry, left to the duplicate check.
 * `until`: when the timestamp gets too old anyway (ms); without a freshness check, the window.
 */
export function isReplayedSignature(
	triggerKey: string,
	signature: string,
	deliveryId: string | undefined,
	now: number,
	until = now + WINDOW_MS,
): boolean {
	const earlier = signatures.sighting(triggerKey, signature, now, { until, deliveryId });
	return earlier !== undefined && (deliveryId === undefined || earlier.deliveryId !== deliveryId);
}

/** True the first time a trigger accepts a delivery it cannot check (until forgotten). */
export function firstUncheckedDelivery(triggerKey: string): boolean {
	if (warnedUnchecked.has(triggerKey)) return false;
	warnedUnchecked.add(triggerKey);
	return true;
}

export function forgetDeliveries(triggerKey: string): void {
	deliveryIds.forget(triggerKey);
	signatures.forget(triggerKey);
	warnedUnchecked.delete(triggerKey);
}
