import { defineOperation } from '../../shared/declare/operation';
import { periodCsv } from './csvExport';
import { V2 } from './fields';

export const downloadLabelsReport = defineOperation({
	value: 'downloadLabelsReport',
	name: 'Download Labels Report',
	action: 'Download conversation statistics per label as a CSV file',
	url: `${V2}/reports/labels`,
	...periodCsv('labels_report'),
});
