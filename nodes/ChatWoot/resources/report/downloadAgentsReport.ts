import { defineOperation } from '../../shared/declare/operation';
import { periodCsv } from './csvExport';
import { V2 } from './fields';

export const downloadAgentsReport = defineOperation({
	value: 'downloadAgentsReport',
	name: 'Download Agents Report',
	action: 'Download conversation statistics per agent as a CSV file',
	url: `${V2}/reports/agents`,
	...periodCsv('agents_report'),
});
