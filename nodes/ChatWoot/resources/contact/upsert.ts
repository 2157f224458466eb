import { createOrUpdateContact, planUpsert, type MatchKey } from '../../shared/steps/contactUpsert';
import { phoneNumber } from '../../shared/fields/formats';
import { defineOperation } from '../../shared/declare/operation';
import { locator } from '../../shared/request/fieldSources';
import { email, invalid, oneOf, requiredText, show } from '../../../shared/fields/validators';
import { CONTACTS_URL, contactDetailOptions, contactDetails, contactsPath, createOutput, inboxLocator } from './fields';

const MATCH_KEYS: MatchKey[] = ['email', 'identifier', 'phone_number'];
const MATCH_LABELS: Record<MatchKey, string> = { email: 'Email', identifier: 'Identifier', phone_number: 'Phone Number' };
const MATCH_CHECKS = { email, identifier: requiredText, phone_number: phoneNumber };

const details = contactDetails('contactUpsertFields');

export const upsert = defineOperation({
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update a contact',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	method: 'POST',
	url: CONTACTS_URL,
	// The request is the create; shared/contactUpsert.ts looks for the contact first and sends
	// the update instead when it finds one.
	request: {
		path: contactsPath,
		body: { inbox_id: locator('contactUpsertInbox', 'Inbox'), ...details },
		adjust(built) {
			const key = oneOf(MATCH_KEYS)(this.getNodeParameter('contactMatchBy', 'email'), 'Match By', this);
			const value = MATCH_CHECKS[key](this.getNodeParameter('contactMatchValue', ''), 'Value to Match', this).trim();
			const given = built.body[key];
			if (given !== undefined && String(given).toLowerCase() !== value.toLowerCase()) {
				throw invalid(
					this,
					`Fields > ${MATCH_LABELS[key]}`,
					`differs from the Value to Match (${show(given)} vs ${show(value)})`,
					`The contact is found by its ${MATCH_LABELS[key]}; to change it, match by another field.`,
				);
			}
			const update = { ...built.body };
			delete update.inbox_id;
			planUpsert(this, { accountId: Number(built.path.account_id), key, value, update });
			built.body[key] = value;
		},
	},
	fields: [
		{
			displayName: 'Match By',
			name: 'contactMatchBy',
			type: 'options',
			options: MATCH_KEYS.map((value) => ({ name: MATCH_LABELS[value], value })),
			default: 'email',
			description: 'Which field finds the contact. Emails match whatever their case; identifiers and phone numbers exactly.',
		},
		{
			displayName: 'Value to Match',
			name: 'contactMatchValue',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. jane@example.com',
			description: 'The email, identifier or phone number (E.164, like +14155550123) to look for. A new contact gets it too.',
		},
		inboxLocator('contactUpsertInbox', 'Inbox a new contact is reachable through; not used when the contact exists'),
		{
			displayName: 'Fields',
			name: 'contactUpsertFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description:
				'Only the fields added here are sent: all of them when the contact is created, and only they change when it exists',
			options: contactDetailOptions(true),
		},
	],
	requests: createOrUpdateContact,
	// Either answer (create or update) gives the contact.
	output: [createOutput],
});
