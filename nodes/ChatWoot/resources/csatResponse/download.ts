import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';
import { unixTime } from '../../shared/fields/formats';
import { defineOperation } from '../../shared/declare/operation';
import { csvBinary } from '../../shared/files/csvAnswer';
import { readOnce } from '../../../shared/fields/reads';
import { required } from '../../shared/request/fieldSources';
import { RESPONSES_URL, responseFilterOptions, responseFilters, responsesPath } from './fields';

const FILE_NAME = 'csat_report.csv';

/** The answer is a CSV file, not JSON: one item with the file as binary data. */
async function reportFile(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const property = readOnce(this, 'csatReportBinaryProperty', 'data');
	return [{ json: { file_name: FILE_NAME }, binary: { [property]: await csvBinary(this, response, FILE_NAME, { byteOrderMark: true }) } }];
}

export const download = defineOperation({
	value: 'download',
	name: 'Download Report',
	action: 'Download the CSAT report',
	description: 'Get the responses of a period as a CSV file (one row per response)',
	method: 'GET',
	url: `${RESPONSES_URL}/download`,
	request: {
		path: responsesPath,
		query: {
			// the report's last line names the period: Chatwoot fails without both ends
			since: required('csatReportSince', 'Since', unixTime),
			until: required('csatReportUntil', 'Until', unixTime),
			...responseFilters('csatReportFilters', false),
		},
	},
	fields: [
		{ displayName: 'Since', name: 'csatReportSince', type: 'dateTime', required: true, default: '', description: 'Start of the period' },
		{ displayName: 'Until', name: 'csatReportUntil', type: 'dateTime', required: true, default: '', description: 'End of the period' },
		{
			displayName: 'Filters',
			name: 'csatReportFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: responseFilterOptions(false),
		},
		{
			displayName: 'Put Output File in Field',
			name: 'csatReportBinaryProperty',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the output binary field to put the file in',
		},
	],
	// Errors are explained by reportFile (the shared handler expects JSON); Accept as the dashboard sends it.
	answer: { headers: { Accept: 'text/csv' }, ownErrorHandling: true },
	output: [reportFile],
	arrayFormat: 'brackets',
});
