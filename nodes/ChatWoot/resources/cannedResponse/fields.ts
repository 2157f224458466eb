import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { idLocator } from '../../../shared/fields/locators';

export const CANNED_RESPONSES_URL = '/api/v1/accounts/{account_id}/canned_responses';
export const CANNED_RESPONSE_URL = '/api/v1/accounts/{account_id}/canned_responses/{id}';

export const cannedResponsesPath = { account_id: ACCOUNT };
export const cannedResponsePath = { account_id: ACCOUNT, id: locator('cannedResponse', 'Canned Response') };

export const cannedResponseLocator: INodeProperties = idLocator({
	name: 'cannedResponse',
	displayName: 'Canned Response',
	searchListMethod: 'getCannedResponses',
});

export const shortCodeDescription = 'What agents type after "/" in the reply box to insert the response';

export const contentDescription =
	'Text of the reply; placeholders such as {{contact.name}} are filled in when it is used';
