import { defineOperation } from '../../shared/declare/operation';
import { CSAT_TEMPLATE_URL, csatTemplateFields, csatTemplateRequest } from './fields';

export const analyzeCsatTemplate = defineOperation({
	value: 'analyzeCsatTemplate',
	name: 'Analyze CSAT Template',
	action: 'Analyze a CSAT template text of a WhatsApp inbox',
	description:
		'Whether Meta is likely to class a survey text as utility or marketing, with a text that fits utility; nothing is submitted',
	method: 'POST',
	url: `${CSAT_TEMPLATE_URL}/analyze`,
	request: csatTemplateRequest,
	fields: csatTemplateFields,
});
