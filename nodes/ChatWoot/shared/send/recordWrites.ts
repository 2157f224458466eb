import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { chatwootBaseUrl } from '../../../shared/api/baseUrl';
import { itemSlot } from '../../../shared/itemState';

/**
 * Writes that depend on a record's current state (Add/Remove Labels, Set/Delete Custom
 * Attributes of a conversation) read it, then write the whole list or object back. n8n-core's
 * RoutingNode starts all items at once, so two items on one record would both read the same
 * state and the second write would undo the first. Such writes therefore take turns per
 * record within the process: the read and the write of one item happen before the next
 * item's read. Across processes (queue-mode workers) nothing is shared; the README says so.
 */
export interface RecordWrite {
	/** The record's API path (account, kind and ID), e.g. /api/v1/accounts/1/conversations/5. */
	record: string;
	/** Reads the current state and returns the body to send; none = send the body as built. */
	complete?: (this: IExecutePaginationFunctions, body: IDataObject) => Promise<IDataObject>;
}

const writesByItem = itemSlot<RecordWrite>('record write');

/** Called from an operation's preSend: this item's write waits for its turn on `write.record`. */
export function queueRecordWrite(ctx: IExecuteSingleFunctions, write: RecordWrite) {
	writesByItem.set(ctx, write);
}

/** The queued write of this item; the pagination context inherits from the item's context. */
function recordWriteOf(ctx: object): RecordWrite | undefined {
	return writesByItem.get(ctx);
}

/**
 * The last turn queued per record (Chatwoot URL + record path). An entry goes as soon as its
 * last turn is over, so the map holds only records with a write in flight.
 */
const lastTurns = new Map<string, Promise<void>>();

/** How many records have writes queued or in flight (0 when the process is idle). */
export function queuedRecords(): number {
	return lastTurns.size;
}

/**
 * Runs `work` in the turn of `key` (Chatwoot URL + what identifies the record): after every
 * turn queued before it on the same key, before every turn queued after it.
 */
export async function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
	const previous = lastTurns.get(key) ?? Promise.resolve();
	let finish!: () => void;
	const over = new Promise<void>((resolve) => (finish = resolve));
	const turn = previous.then(async () => await over);
	lastTurns.set(key, turn);
	try {
		await previous;
		return await work();
	} finally {
		// on every path, errors included: the next turn starts, an idle record is forgotten
		finish();
		if (lastTurns.get(key) === turn) lastTurns.delete(key);
	}
}

/**
 * The request of an item (one page): with a queued record write, its read and its write in
 * the record's turn, else as RoutingNode makes it.
 */
export async function sendInTurn(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const write = recordWriteOf(this);
	if (!write) return await this.makeRoutingRequest(requestData);
	const key = `${await chatwootBaseUrl(this)}${write.record}`;
	return await inTurn(key, async () => {
		if (!write.complete) return await this.makeRoutingRequest(requestData);
		const body = await write.complete!.call(this, (requestData.options.body ?? {}) as IDataObject);
		return await this.makeRoutingRequest({ ...requestData, options: { ...requestData.options, body } });
	});
}
