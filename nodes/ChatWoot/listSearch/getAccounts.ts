import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { chatwootBaseUrl } from '../../shared/api/baseUrl';
import { matching } from './searchRecords';
import { chatwootApiRequest } from '../../shared/api/transport';

/** The accounts the token's user belongs to, from the profile. */
export async function getAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const profile = (await chatwootApiRequest.call(this, 'GET', '/api/v1/profile')) as IDataObject;
	const base = await chatwootBaseUrl(this);
	const accounts = (Array.isArray(profile.accounts) ? profile.accounts : []) as IDataObject[];
	return {
		results: matching(
			accounts.map((account) => ({
				name: `${String(account.name)} (${String(account.role ?? 'member')})`,
				value: account.id as number,
				url: `${base}/app/accounts/${String(account.id)}/dashboard`,
			})),
			filter,
		),
	};
}
