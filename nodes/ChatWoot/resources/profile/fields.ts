import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../../shared/fields/locators';
import { readField, type FieldSource } from '../../shared/request/fieldSources';
import { readAccount } from '../../../shared/fields/reads';
import { type BuiltRequest } from '../../shared/request/buildRequest';

// The user of the credential's token; no account in the path.
export const PROFILE_URL = '/api/v1/profile';

/**
 * The profile carries the user's access token, the very secret of the credential; it is
 * left out of the output so that it cannot leak into executions and logs.
 */
export async function withoutAccessToken(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const json = { ...item.json };
		delete json.access_token;
		return { ...item, json };
	});
}

/**
 * The account of a presence setting (availability, auto offline are per account); empty means
 * the credential's default Account ID. The profile's routes have no account in the path, so
 * the resource has no Account field of its own.
 */
export const presenceAccountLocator: INodeProperties = {
	...idLocator({ name: 'profileAccount', displayName: 'Account', searchListMethod: 'getAccounts', urlSegment: 'accounts', required: false }),
	description: "The account the setting is for. Leave empty to use the credential's default Account ID.",
};

/** `profile: { account_id, <setting> }`: the account chosen here, else the credential's default. */
export function presenceSetting(key: string, source: FieldSource) {
	return async function (this: IExecuteSingleFunctions, request: BuiltRequest) {
		const value = readField(this, source) as IDataObject[string];
		const accountId = await readAccount(this, { param: 'profileAccount', label: 'Account' });
		request.body.profile = { account_id: accountId, [key]: value };
	};
}
