/**
 * One writer at a time per record key within this n8n process. n8n runs the items of a node
 * concurrently, so two items that look for the same contact would both find none and both
 * create it (Chatwoot answers the second with 422). Keys name the record across runs:
 * Chatwoot base URL, account, and what identifies the record.
 */
const tails = new Map<string, Promise<void>>();

export async function withRecordLock<T>(key: string, work: () => Promise<T>): Promise<T> {
	const previous = tails.get(key) ?? Promise.resolve();
	let release!: () => void;
	const mine = new Promise<void>((resolve) => (release = resolve));
	const tail = previous.then(() => mine);
	tails.set(key, tail);
	await previous;
	try {
		return await work();
	} finally {
		release();
		// the last holder leaves no entry behind
		if (tails.get(key) === tail) tails.delete(key);
	}
}
