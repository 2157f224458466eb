import { defineOperation } from '../../shared/declare/operation';
import { periodCsv } from './csvExport';
import { V2 } from './fields';

export const downloadInboxesReport = defineOperation({
	value: 'downloadInboxesReport',
	name: 'Download Inboxes Report',
	action: 'Download conversation statistics per inbox as a CSV file',
	url: `${V2}/reports/inboxes`,
	...periodCsv('inboxes_report'),
});
