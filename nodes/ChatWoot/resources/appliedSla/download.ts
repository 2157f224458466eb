import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { csvBinary } from '../../shared/files/csvAnswer';
import { APPLIED_SLAS_URL, appliedSlaFilters, appliedSlaRequest } from './fields';

const FILE_NAME = 'breached_conversation.csv';

/** The CSV Chatwoot answers, as the binary property `data` (file name from Content-Disposition). */
async function csvFile(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const disposition = String(response.headers['content-disposition'] ?? '');
	const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? FILE_NAME;
	return [{ json: { file_name: fileName }, binary: { data: await csvBinary(this, response, fileName) } }];
}

export const download = defineOperation({
	value: 'download',
	name: 'Download',
	action: 'Download missed SLAs as CSV',
	description: 'Download the conversations that missed an SLA as a CSV file (binary property "data")',
	method: 'GET',
	enterprise: true,
	url: `${APPLIED_SLAS_URL}/download`,
	request: appliedSlaRequest,
	fields: [appliedSlaFilters],
	// A CSV, which the shared handler would refuse as "not JSON": csvFile explains errors itself.
	answer: { headers: { Accept: 'text/csv' }, ownErrorHandling: true },
	output: [csvFile],
});
