import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator } from '../../shared/request';
import { idLocator } from '../../shared/locators';

export const cannedResponsePath = { account_id: ACCOUNT, id: locator('cannedResponse', 'Canned Response') };

export const cannedResponseLocator: INodeProperties = idLocator({
	name: 'cannedResponse',
	displayName: 'Canned Response',
	searchListMethod: 'getCannedResponses',
	show: { resource: ['cannedResponse'], operation: ['delete', 'update'] },
});

export const shortCodeDescription = 'What agents type after "/" in the reply box to insert the response';

export const contentDescription =
	'Text of the reply; placeholders such as {{contact.name}} are filled in when it is used';
