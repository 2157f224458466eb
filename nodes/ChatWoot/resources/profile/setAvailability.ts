import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { oneOf } from '../../../shared/fields/validators';
import { PROFILE_URL, presenceAccountLocator, presenceSetting, withoutAccessToken } from './fields';

export const setAvailability = defineOperation({
	value: 'setAvailability',
	name: 'Set Availability',
	action: 'Set the availability of the token user',
	description: 'Online, busy or offline in one account, e.g. on a shift timetable',
	method: 'POST',
	url: `${PROFILE_URL}/availability`,
	request: {
		adjust: presenceSetting('availability', required('profileAvailability', 'Availability', oneOf(['online', 'busy', 'offline'] as const))),
		adjustedKeys: { body: ['profile'] },
	},
	fields: [
		{
			displayName: 'Availability',
			name: 'profileAvailability',
			type: 'options',
			required: true,
			default: 'online',
			options: [
				{ name: 'Busy', value: 'busy' },
				{ name: 'Offline', value: 'offline' },
				{ name: 'Online', value: 'online' },
			],
		},
		presenceAccountLocator,
	],
	output: [withoutAccessToken],
});
