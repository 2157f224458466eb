import type { INodeProperties } from 'n8n-workflow';
import { phoneNumber } from '../../shared/fields/formats';
import { idLocator } from '../../../shared/fields/locators';
import { unwrap } from '../../shared/response/output';
import { writeLabels, type LabelWrite } from '../../shared/fields/labels';
import { ACCOUNT, locator, optional, type FieldSource } from '../../shared/request/fieldSources';
import { type BuiltRequest, type RequestSpec } from '../../shared/request/buildRequest';
import { boolean, email, jsonObject, oneOf, text, url } from '../../../shared/fields/validators';

export const CONTACTS_URL = '/api/v1/accounts/{account_id}/contacts';
export const CONTACT_URL = '/api/v1/accounts/{account_id}/contacts/{id}';
export const LABELS_URL = '/api/v1/accounts/{account_id}/contacts/{id}/labels';

// Chatwoot pages contact lists by 15.
export const PAGE_SIZE = 15;

export const contactsPath = { account_id: ACCOUNT };
export const contactPath = { account_id: ACCOUNT, id: locator('contact', 'Contact') };

/** The contact's own URL, for the reads some operations do before they write. */
export const contactUrl = (path: BuiltRequest['path']) =>
	`/api/v1/accounts/${path.account_id}/contacts/${path.id}`;

/** Set, Add and Remove Labels: POST .../labels replaces the whole list. */
export const labelWrite = (mode: LabelWrite): RequestSpec => ({ path: contactPath, ...writeLabels(mode, contactUrl) });

// Get, Update and the attribute writes answer { "payload": contact }; the item is the contact.
export const contactOutput = unwrap('payload');

// Create answers { "payload": { "contact": ..., "contact_inbox": ... } }; the item is the contact.
export const createOutput = unwrap('payload.contact', 'payload');

export function contactLocatorField(name: string, displayName: string, description?: string): INodeProperties {
	return idLocator({
		name,
		displayName,
		description,
		searchListMethod: 'getContacts',
		urlSegment: 'contacts',
	});
}

/** The contact, one field for every operation on an existing contact (its first field). */
export const contactLocator: INodeProperties = contactLocatorField('contact', 'Contact');

export function inboxLocator(name: string, description: string): INodeProperties {
	return idLocator({
		name,
		displayName: 'Inbox',
		description,
		searchListMethod: 'getInboxes',
		urlSegment: 'settings/inboxes',
	});
}

/** Contact details shared by Create (Additional Fields) and Update (Update Fields). */
export function contactDetails(collection: string): Record<string, FieldSource> {
	const field = (name: string, label: string, check: FieldSource['check']) =>
		optional(`${collection}.${name}`, label, check);
	return {
		name: field('name', 'Name', text),
		email: field('email', 'Email', email),
		phone_number: field('phone_number', 'Phone Number', phoneNumber),
		identifier: field('identifier', 'Identifier', text),
		blocked: field('blocked', 'Blocked', boolean),
		avatar_url: field('avatar_url', 'Avatar URL', url),
		additional_attributes: field('additional_attributes', 'Additional Attributes', jsonObject),
		custom_attributes: field('custom_attributes', 'Custom Attributes', jsonObject),
	};
}

export function contactDetailOptions(onUpdate: boolean): INodeProperties[] {
	const merged = onUpdate
		? " Chatwoot merges it into the contact's current attributes: keys not given are kept."
		: '';
	return [
		{
			displayName: 'Additional Attributes',
			name: 'additional_attributes',
			type: 'json',
			default: '',
			description: `JSON object of standard extra details, e.g. {"company_name": "Acme", "city": "Berlin"}.${merged}`,
		},
		{
			displayName: 'Avatar URL',
			name: 'avatar_url',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/avatar.png',
			description: 'Address of a JPEG or PNG image; Chatwoot downloads it in the background',
		},
		{
			displayName: 'Blocked',
			name: 'blocked',
			type: 'boolean',
			default: false,
			description: 'Whether messages from the contact are ignored',
		},
		{
			displayName: 'Custom Attributes',
			name: 'custom_attributes',
			type: 'json',
			default: '',
			description: `JSON object of custom attribute values, keyed by the attribute key defined in Chatwoot.${merged}`,
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
		},
		{
			displayName: 'Identifier',
			name: 'identifier',
			type: 'string',
			default: '',
			description: 'ID of the contact in another system (unique in the account)',
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
		},
		{
			displayName: 'Phone Number',
			name: 'phone_number',
			type: 'string',
			default: '',
			placeholder: '+14155550123',
			description: 'In E.164 format: a plus sign, the country code and the number',
		},
	];
}

const SORTS: Array<[string, string]> = [
	['Email (A to Z)', 'email'],
	['Email (Z to A)', '-email'],
	['Last Activity (Newest First)', '-last_activity_at'],
	['Last Activity (Oldest First)', 'last_activity_at'],
	['Name (A to Z)', 'name'],
	['Name (Z to A)', '-name'],
	['Phone Number (Ascending)', 'phone_number'],
	['Phone Number (Descending)', '-phone_number'],
];

/** Sort of Get Many and Search, in their Options collection. */
export const sortQuery = optional('contactOptions.sort', 'Sort', oneOf(SORTS.map(([, value]) => value)));

/** The Options collection of Get Many and Search. */
export const contactOptionsField: INodeProperties = {
	displayName: 'Options',
	name: 'contactOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Sort',
			name: 'sort',
			type: 'options',
			options: SORTS.map(([name, value]) => ({ name, value })),
			default: 'name',
		},
	],
};
