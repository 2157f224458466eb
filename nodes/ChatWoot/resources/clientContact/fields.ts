import type { INodeProperties } from 'n8n-workflow';
import * as clientApi from '../../shared/fields/clientApi';
import { optional, type FieldSource } from '../../shared/request/fieldSources';
import { email, jsonObject, text } from '../../../shared/fields/validators';

export const CONTACTS_URL = '/public/api/v1/inboxes/{inbox_identifier}/contacts';
export const CONTACT_URL = '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}';

export const inboxPath = { inbox_identifier: clientApi.inboxIdentifier('clientContact') };

export const clientContactPath = {
	...inboxPath,
	contact_identifier: clientApi.contactIdentifier('clientContact'),
};

/** The identifiers, each one field for every operation that needs it. */
export const inboxIdentifierField = clientApi.inboxIdentifierField('clientContact');
export const contactIdentifierField = clientApi.contactIdentifierField('clientContact');

/** Contact attributes, shared by Create (Additional Fields) and Update (Update Fields). */
export function contactAttributes(collection: string): Record<string, FieldSource> {
	return {
		name: optional(`${collection}.name`, 'Name', text),
		email: optional(`${collection}.email`, 'Email', email),
		phone_number: optional(`${collection}.phone_number`, 'Phone Number', text),
		identifier: optional(`${collection}.identifier`, 'Identifier', text),
		identifier_hash: optional(`${collection}.identifier_hash`, 'Identifier Hash', text),
		custom_attributes: optional(`${collection}.custom_attributes`, 'Custom Attributes', jsonObject),
	};
}

export const contactAttributeOptions: INodeProperties[] = [
	{
		displayName: 'Custom Attributes',
		name: 'custom_attributes',
		type: 'json',
		default: '',
		description: 'JSON object of custom attributes, e.g. {"plan": "pro"}',
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
		description: "The contact's ID in your own system",
	},
	{
		displayName: 'Identifier Hash',
		name: 'identifier_hash',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			"HMAC-SHA256 of the identifier with the inbox's HMAC token, for inboxes that enforce identity validation",
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
		placeholder: 'e.g. +14155550123',
		description: 'In international format, with + and the country code',
	},
];
