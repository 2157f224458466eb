import type { INodeProperties } from 'n8n-workflow';
import { labelsOutput } from '../../shared/labels';
import { unwrap } from '../../shared/output';
import { byPage } from '../../shared/pagination';
import { createOrUpdateContact } from '../../shared/contactUpsert';
import {
	chatwootListRouting,
	chatwootRouting,
	explainingTransportErrors,
	returnAllAndLimit,
} from '../../shared/routing';
import { contactCreateDescription, contactCreateRequest } from './create';
import { contactCreateContactInboxDescription, contactCreateContactInboxRequest } from './createContactInbox';
import {
	contactCustomAttributesDescription,
	contactDeleteCustomAttributesRequest,
	contactSetCustomAttributesRequest,
} from './customAttributes';
import { contactDeleteRequest } from './delete';
import { contactLocator, contactOptionsField } from './fields';
import { contactFilterDescription, contactFilterRequest } from './filter';
import { contactGetRequest } from './get';
import { contactGetAllRequest } from './getAll';
import { contactGetContactableInboxesRequest } from './getContactableInboxes';
import { contactGetConversationsRequest } from './getConversations';
import {
	contactAddLabelsRequest,
	contactLabelsDescription,
	contactListLabelsRequest,
	contactRemoveLabelsRequest,
	contactSetLabelsRequest,
} from './labels';
import { contactMergeDescription, contactMergeRequest } from './merge';
import { contactSearchDescription, contactSearchRequest } from './search';
import { contactUpdateDescription, contactUpdateRequest } from './update';
import { contactUpsertDescription, contactUpsertRequest } from './upsert';

const CONTACTS_URL = '/api/v1/accounts/{account_id}/contacts';
const CONTACT_URL = '/api/v1/accounts/{account_id}/contacts/{id}';
const LABELS_URL = '/api/v1/accounts/{account_id}/contacts/{id}/labels';

// Chatwoot pages contact lists by 15.
const PAGE_SIZE = 15;

// Get, Update and the attribute writes answer { "payload": contact }; the item is the contact.
const contactOutput = unwrap('payload');

// Create answers { "payload": { "contact": ..., "contact_inbox": ... } }; the item is the contact.
const createOutput = unwrap('payload.contact', 'payload');

// Create or Update ends in a create or an update: either answer gives the contact.
const upsertRouting = chatwootRouting('POST', CONTACTS_URL, contactUpsertRequest, createOutput);
upsertRouting.operations = { pagination: explainingTransportErrors(createOrUpdateContact) };

export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Add Labels',
				value: 'addLabels',
				action: 'Add labels to a contact',
				description: 'Add labels and keep the ones the contact already has',
				routing: chatwootRouting('POST', LABELS_URL, contactAddLabelsRequest, labelsOutput),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact',
				routing: chatwootRouting('POST', CONTACTS_URL, contactCreateRequest, createOutput),
			},
			{
				name: 'Create Contact Inbox',
				value: 'createContactInbox',
				action: 'Make a contact reachable in an inbox',
				description: 'Create the contact inbox (source ID) that conversations in an inbox need',
				routing: chatwootRouting(
					'POST',
					'/api/v1/accounts/{account_id}/contacts/{id}/contact_inboxes',
					contactCreateContactInboxRequest,
				),
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a contact',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				routing: upsertRouting,
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact',
				routing: chatwootRouting('DELETE', CONTACT_URL, contactDeleteRequest),
			},
			{
				name: 'Delete Custom Attributes',
				value: 'deleteCustomAttributes',
				action: 'Delete custom attributes of a contact',
				description: 'Remove the named custom attributes and keep the others',
				routing: chatwootRouting(
					'POST',
					'/api/v1/accounts/{account_id}/contacts/{id}/destroy_custom_attributes',
					contactDeleteCustomAttributesRequest,
					contactOutput,
				),
			},
			{
				name: 'Filter',
				value: 'filter',
				action: 'Filter contacts',
				description: 'Get the contacts that match conditions on their attributes',
				routing: chatwootListRouting(`${CONTACTS_URL}/filter`, contactFilterRequest, {
					method: 'POST',
					records: ['payload'],
					pagination: byPage(PAGE_SIZE),
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				routing: chatwootRouting('GET', CONTACT_URL, contactGetRequest, contactOutput),
			},
			{
				name: 'Get Contactable Inboxes',
				value: 'getContactableInboxes',
				action: 'Get the inboxes a contact can be reached in',
				routing: chatwootListRouting(
					'/api/v1/accounts/{account_id}/contacts/{id}/contactable_inboxes',
					contactGetContactableInboxesRequest,
					{ records: ['payload', ''] },
				),
			},
			{
				name: 'Get Conversations',
				value: 'getConversations',
				action: 'Get the conversations of a contact',
				description: 'Get the 20 latest conversations of the contact',
				routing: chatwootListRouting(
					'/api/v1/accounts/{account_id}/contacts/{id}/conversations',
					contactGetConversationsRequest,
					{ records: ['payload', ''] },
				),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description: 'Get the contacts that have an email, a phone number or an identifier',
				routing: chatwootListRouting(CONTACTS_URL, contactGetAllRequest, {
					records: ['payload'],
					pagination: byPage(PAGE_SIZE),
				}),
			},
			{
				name: 'List Labels',
				value: 'listLabels',
				action: 'List the labels of a contact',
				routing: chatwootRouting('GET', LABELS_URL, contactListLabelsRequest, labelsOutput),
			},
			{
				name: 'Merge',
				value: 'merge',
				action: 'Merge two contacts',
				description: 'Move everything of one contact to another and delete the first',
				routing: chatwootRouting(
					'POST',
					'/api/v1/accounts/{account_id}/actions/contact_merge',
					contactMergeRequest,
				),
			},
			{
				name: 'Remove Labels',
				value: 'removeLabels',
				action: 'Remove labels from a contact',
				description: 'Remove labels and keep the others',
				routing: chatwootRouting('POST', LABELS_URL, contactRemoveLabelsRequest, labelsOutput),
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search contacts',
				description: 'Find contacts by name, email, phone number or identifier',
				routing: chatwootListRouting(`${CONTACTS_URL}/search`, contactSearchRequest, {
					records: ['payload'],
					pagination: byPage(PAGE_SIZE),
				}),
			},
			{
				name: 'Set Custom Attributes',
				value: 'setCustomAttributes',
				action: 'Set custom attributes of a contact',
				description: 'Set some custom attributes and keep the others',
				routing: chatwootRouting('PUT', CONTACT_URL, contactSetCustomAttributesRequest, contactOutput),
			},
			{
				name: 'Set Labels',
				value: 'setLabels',
				action: 'Set the labels of a contact',
				description: 'Replace all labels of the contact with the given ones',
				routing: chatwootRouting('POST', LABELS_URL, contactSetLabelsRequest, labelsOutput),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact',
				routing: chatwootRouting('PUT', CONTACT_URL, contactUpdateRequest, contactOutput),
			},
		],
		default: 'getAll',
	},
	// Where an operation has the Contact, it is its first field.
	contactLocator([
		'createContactInbox',
		'setCustomAttributes',
		'deleteCustomAttributes',
		'delete',
		'get',
		'getContactableInboxes',
		'getConversations',
		'listLabels',
		'setLabels',
		'addLabels',
		'removeLabels',
		'update',
	]),
	...contactCreateDescription,
	...contactCreateContactInboxDescription,
	...contactCustomAttributesDescription,
	...contactFilterDescription,
	...contactSearchDescription,
	// after the Conditions of Filter and the Search Term, before the Options of Get Many and Search
	...returnAllAndLimit('contact', ['filter', 'getAll', 'getContactableInboxes', 'getConversations', 'search']),
	contactOptionsField,
	...contactLabelsDescription,
	...contactMergeDescription,
	...contactUpdateDescription,
	...contactUpsertDescription,
];
