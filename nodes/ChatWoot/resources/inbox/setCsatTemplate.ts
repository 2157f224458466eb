import { defineOperation } from '../../shared/declare/operation';
import { CSAT_TEMPLATE_URL, csatTemplateFields, csatTemplateRequest } from './fields';

export const setCsatTemplate = defineOperation({
	value: 'setCsatTemplate',
	name: 'Set CSAT Template',
	action: 'Set the CSAT template of a WhatsApp inbox',
	description: 'Submit a satisfaction survey template for a WhatsApp inbox to Meta: its name, ID and approval status (pending at first)',
	method: 'POST',
	url: CSAT_TEMPLATE_URL,
	request: csatTemplateRequest,
	fields: csatTemplateFields,
});
