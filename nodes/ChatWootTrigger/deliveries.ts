/**
 * Chatwoot retries a delivery with the same X-Chatwoot-Delivery id. This remembers the ids
 * seen per trigger for a bounded time and count, in the memory of the process that receives
 * webhooks (n8n's main or webhook process), so a retry starts no second execution.
 */
const WINDOW_MS = 60 * 60 * 1000;
const MAX_IDS_PER_TRIGGER = 10_000;

const seenByTrigger = new Map<string, Map<string, number>>();

/** True when this delivery id was already seen for this trigger within the window. */
export function isDuplicateDelivery(triggerKey: string, deliveryId: string, now: number): boolean {
	let seen = seenByTrigger.get(triggerKey);
	if (!seen) {
		seen = new Map();
		seenByTrigger.set(triggerKey, seen);
	}
	// Map keeps insertion order: the oldest entries come first.
	for (const [id, at] of seen) {
		if (now - at <= WINDOW_MS && seen.size <= MAX_IDS_PER_TRIGGER) break;
		seen.delete(id);
	}
	const at = seen.get(deliveryId);
	if (at !== undefined && now - at <= WINDOW_MS) return true;
	seen.set(deliveryId, now);
	return false;
}

export function forgetDeliveries(triggerKey: string): void {
	seenByTrigger.delete(triggerKey);
}
