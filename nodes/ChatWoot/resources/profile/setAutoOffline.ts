import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { boolean } from '../../../shared/fields/validators';
import { PROFILE_URL, presenceAccountLocator, presenceSetting, withoutAccessToken } from './fields';

export const setAutoOffline = defineOperation({
	value: 'setAutoOffline',
	name: 'Set Auto Offline',
	action: 'Set whether the token user goes offline automatically',
	description: 'Whether the token user goes offline in one account when they leave the dashboard',
	method: 'POST',
	url: `${PROFILE_URL}/auto_offline`,
	request: {
		adjust: presenceSetting('auto_offline', required('profileAutoOffline', 'Auto Offline', boolean)),
		adjustedKeys: { body: ['profile'] },
	},
	fields: [
		{
			displayName: 'Auto Offline',
			name: 'profileAutoOffline',
			type: 'boolean',
			default: true,
			description: 'Whether the token user goes offline automatically when they leave the dashboard',
		},
		presenceAccountLocator,
	],
	output: [withoutAccessToken],
});
