import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNT, required } from '../../shared/request/fieldSources';
import { appId, appIdField } from './fields';

export const getApp = defineOperation({
	value: 'getApp',
	name: 'Get App',
	action: 'Get an integration app',
	description: 'One app with its hooks in this account (its settings too, for administrators)',
	method: 'GET',
	url: '/api/v1/accounts/{account_id}/integrations/apps/{id}',
	request: { path: { account_id: ACCOUNT, id: required('appId', 'App ID', appId) } },
	fields: [appIdField],
});
