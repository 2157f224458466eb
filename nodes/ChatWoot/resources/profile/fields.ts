import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../../shared/fields/locators';
import { optionalLocator, readField, readOptional, type FieldSource } from '../../shared/request/fieldSources';
import { type BuiltRequest } from '../../shared/request/buildRequest';
import { invalid, positiveInteger } from '../../../shared/fields/validators';

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

/** The credential's default Account ID (the node's Account field is not shown for the profile). */
async function defaultAccount(ctx: IExecuteSingleFunctions): Promise<number> {
	const { accountId } = await ctx.getCredentials<{ accountId?: unknown }>('chatWootApi');
	if (accountId === undefined || accountId === null || String(accountId).trim() === '') {
		throw invalid(ctx, 'Account', 'no account chosen and the credential has no default Account ID', 'Pick an Account here, or set Account ID in the ChatWoot API credential.');
	}
	return positiveInteger(accountId, 'Account ID (credential)', ctx);
}

/** `profile: { account_id, <setting> }`: the account chosen here, else the credential's default. */
export function presenceSetting(key: string, source: FieldSource) {
	return async function (this: IExecuteSingleFunctions, request: BuiltRequest) {
		const value = readField(this, source) as IDataObject[string];
		const chosen = readOptional(this, optionalLocator('profileAccount', 'Account'));
		const accountId = chosen === undefined ? await defaultAccount(this) : chosen;
		request.body.profile = { account_id: accountId as number, [key]: value };
	};
}
