import { numericIdField } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { positiveInteger } from '../../../shared/fields/validators';
import { accountPath, INTEGRATIONS_URL } from './fields';

export const addDyteParticipant = defineOperation({
	value: 'addDyteParticipant',
	name: 'Add Dyte Participant',
	action: 'Add the token user to a Dyte meeting',
	description: "The item is Dyte's participant record, with the token to join the meeting",
	method: 'POST',
	url: `${INTEGRATIONS_URL}/dyte/add_participant_to_meeting`,
	request: { path: accountPath, body: { message_id: required('dyteMessageId', 'Meeting Message ID', positiveInteger) } },
	fields: [
		numericIdField({
			displayName: 'Meeting Message ID',
			name: 'dyteMessageId',
			description: 'ID of the message that carries the meeting, as Create Dyte Meeting returns it',
		}),
	],
});
