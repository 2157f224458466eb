import { defineOperation } from '../../shared/declare/operation';
import { periodCsv } from './csvExport';
import { V2 } from './fields';

export const downloadTeamsReport = defineOperation({
	value: 'downloadTeamsReport',
	name: 'Download Teams Report',
	action: 'Download conversation statistics per team as a CSV file',
	url: `${V2}/reports/teams`,
	...periodCsv('teams_report'),
});
