import { defineOperation } from '../../shared/declare/operation';
import { periodCsv } from './csvExport';
import { V2 } from './fields';

export const downloadConversationsReport = defineOperation({
	value: 'downloadConversationsReport',
	name: 'Download Conversations Report',
	action: 'Download the conversation totals of the account as a CSV file',
	url: `${V2}/reports/conversations_summary`,
	...periodCsv('conversations_summary_report'),
});
