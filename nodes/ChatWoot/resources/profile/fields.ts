import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

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
