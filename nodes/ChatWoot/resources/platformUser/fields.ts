import type { INodeProperties } from 'n8n-workflow';
import { numericIdField } from '../../shared/locators';
import { required } from '../../shared/request';
import { positiveInteger } from '../../shared/validators';

export const userIdPath = { id: required('userId', 'User ID', positiveInteger) };

export const userIdField: INodeProperties = numericIdField(
	{
		displayName: 'User ID',
		name: 'userId',
		description: 'ID of the user on the Chatwoot installation (platform user ID)',
	},
	'platformUser',
	['delete', 'get', 'getSsoLink', 'update'],
);
