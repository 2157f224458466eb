import type { IBinaryData, IExecuteSingleFunctions, IN8nHttpFullResponse } from 'n8n-workflow';
import { chatwootAnswerError } from '../../../shared/api/answers';
import { getRequestInfo } from '../../../shared/api/itemRequest';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A CSV answer (the dashboard's report downloads) as binary data named `fileName`, after
 * Chatwoot's own errors are surfaced (the shared handler would refuse it as "not JSON").
 * `byteOrderMark`: Chatwoot starts the file with one (spreadsheets then read it as UTF-8);
 * decoding the answer as text drops it, so it is put back.
 */
export async function csvBinary(
	ctx: IExecuteSingleFunctions,
	response: IN8nHttpFullResponse,
	fileName: string,
	{ byteOrderMark = false } = {},
): Promise<IBinaryData> {
	const error = await chatwootAnswerError(ctx, response, getRequestInfo(ctx));
	if (error) throw error;
	const body = response.body;
	let csv = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : '', 'utf8');
	if (byteOrderMark && !csv.toString('utf8', 0, 3).startsWith(BYTE_ORDER_MARK)) {
		csv = Buffer.concat([Buffer.from(BYTE_ORDER_MARK, 'utf8'), csv]);
	}
	return await ctx.helpers.prepareBinaryData(csv, fileName, 'text/csv');
}
