import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { OperationDeclaration } from '../../shared/declare/operation';
import { csvBinary } from '../../shared/files/csvAnswer';
import { required } from '../../shared/request/fieldSources';
import { type RequestSpec } from '../../shared/request/buildRequest';
import { unixSeconds } from '../../shared/fields/time';
import { accountPath, businessHours, businessHoursOption, optionsCollection } from './fields';

/**
 * The answer is a CSV file (the dashboard's report download), not JSON: one item with the
 * file as binary data `data`. Errors are still Chatwoot's own (shared handler).
 */
function csvFile(fileName: string) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const name = `${fileName}.csv`;
		return [{ json: { fileName: name }, binary: { data: await csvBinary(this, response, name) } }];
	};
}

type CsvDeclaration = Pick<OperationDeclaration, 'method' | 'answer' | 'output'>;

/** What every CSV download shares: the request's Accept, and its own error handling. */
export function csvDownload(fileName: string): CsvDeclaration {
	return {
		method: 'GET',
		answer: { headers: { Accept: 'text/csv' }, ownErrorHandling: true },
		output: [csvFile(fileName)],
	};
}

// The CSV's first line prints the period with Date.strptime(params[:since], '%s'): Chatwoot
// fails without Since and Until, so both are required here.
const periodFields: INodeProperties[] = [
	{
		displayName: 'Since',
		name: 'reportPeriodSince',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Start of the period, in the workflow time zone',
	},
	{
		displayName: 'Until',
		name: 'reportPeriodUntil',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'End of the period (in the workflow time zone)',
	},
	optionsCollection('reportDownloadOptions', [businessHoursOption]),
];

const periodRequest: RequestSpec = {
	path: accountPath,
	query: {
		since: required('reportPeriodSince', 'Since', unixSeconds),
		until: required('reportPeriodUntil', 'Until', unixSeconds),
		business_hours: businessHours('reportDownloadOptions'),
	},
};

/** The agents, inboxes, labels, teams and conversations reports of a period, as CSV. */
export function periodCsv(fileName: string): CsvDeclaration & Pick<OperationDeclaration, 'request' | 'fields'> {
	return { ...csvDownload(fileName), request: periodRequest, fields: periodFields };
}
