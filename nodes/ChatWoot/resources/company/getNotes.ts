import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { COMPANY_PARTS_URL, companyLocator, companyPartsPath } from './fields';

export const getNotes = defineOperation({
	value: 'getNotes',
	name: 'Get Notes',
	action: 'Get the notes of a company',
	description: "Get the 20 latest notes on the company's contacts, each with its contact",
	method: 'GET',
	enterprise: true,
	url: `${COMPANY_PARTS_URL}/notes`,
	request: { path: companyPartsPath },
	fields: [companyLocator, RETURN_ALL_AND_LIMIT],
	// Chatwoot answers the 20 latest at once (no pagination): Limit cuts the answer.
	list: { records: ['payload'] },
});
