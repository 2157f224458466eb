import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { COMPANY_PARTS_URL, companyLocator, companyPartsPath } from './fields';

export const getConversations = defineOperation({
	value: 'getConversations',
	name: 'Get Conversations',
	action: 'Get the conversations of a company',
	description: "Get the 20 latest conversations of the company's contacts that the token's user may see",
	method: 'GET',
	enterprise: true,
	url: `${COMPANY_PARTS_URL}/conversations`,
	request: { path: companyPartsPath },
	fields: [companyLocator, RETURN_ALL_AND_LIMIT],
	// Chatwoot answers the 20 latest at once (no pagination): Limit cuts the answer.
	list: { records: ['payload'] },
});
