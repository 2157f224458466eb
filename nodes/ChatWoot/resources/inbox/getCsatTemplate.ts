import { defineOperation } from '../../shared/declare/operation';
import { CSAT_TEMPLATE_URL, csatTemplatePath, inboxLocator } from './fields';

export const getCsatTemplate = defineOperation({
	value: 'getCsatTemplate',
	name: 'Get CSAT Template',
	action: 'Get the CSAT template of a WhatsApp inbox',
	description: 'Get the satisfaction survey template of a WhatsApp inbox and its approval status',
	method: 'GET',
	url: CSAT_TEMPLATE_URL,
	request: { path: csatTemplatePath },
	fields: [inboxLocator],
});
