import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { chatwootBaseUrl } from '../../shared/api/baseUrl';
import { matching } from './searchRecords';
import { readAccount } from '../../shared/fields/reads';
import { chatwootApiRequest } from '../../shared/api/transport';

/**
 * Integration hooks have no list of their own: each app of GET .../integrations/apps
 * carries its hooks, so the list is the apps' hooks, named after their app (and inbox).
 */
export async function getIntegrationHooks(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const accountId = await readAccount(this);
	const answer = (await chatwootApiRequest.call(
		this,
		'GET',
		`/api/v1/accounts/${accountId}/integrations/apps`,
	)) as IDataObject;
	const apps = (Array.isArray(answer?.payload) ? answer.payload : []) as IDataObject[];
	const settings = `${await chatwootBaseUrl(this)}/app/accounts/${accountId}/settings/integrations`;
	const hooks = apps.flatMap((app) => {
		const hooks = (Array.isArray(app.hooks) ? app.hooks : []) as IDataObject[];
		return hooks.map((hook) => {
			const inbox = (hook.inbox as IDataObject | null | undefined)?.name;
			return {
				name: `${String(app.name ?? app.id)}${inbox ? ` - ${String(inbox)}` : ''} (hook ${String(hook.id)})`,
				value: hook.id as number,
				url: `${settings}/${String(app.id)}`,
			};
		});
	});
	return { results: matching(hooks, filter) };
}
