import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { chatwootRouting } from '../../shared/routing';
import { profileGetRequest } from './get';
import { profileUpdateDescription, profileUpdateRequest } from './update';

const showOnlyForProfile = {
	resource: ['profile'],
};

/**
 * The profile carries the user's access token, the very secret of the credential; it is
 * left out of the output so that it cannot leak into executions and logs.
 */
async function withoutAccessToken(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const json = { ...item.json };
		delete json.access_token;
		return { ...item, json };
	});
}

export const profileDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForProfile },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the profile of the token user',
				description: 'Get the user of the access token, with their accounts and roles',
				routing: chatwootRouting('GET', '/api/v1/profile', profileGetRequest, withoutAccessToken),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the profile of the token user',
				description: 'Change the name, email, password or preferences of the token user',
				routing: chatwootRouting('PUT', '/api/v1/profile', profileUpdateRequest, withoutAccessToken),
			},
		],
		default: 'get',
	},
	...profileUpdateDescription,
];
