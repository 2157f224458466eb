import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { filterConditions } from '../../shared/fields/conditions';
import { idLocator } from '../../../shared/fields/locators';
import { oneOf, type Check } from '../../../shared/fields/validators';

export const FILTERS_URL = '/api/v1/accounts/{account_id}/custom_filters';
export const FILTER_URL = '/api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}';

export const customFiltersPath = { account_id: ACCOUNT };
export const customFilterPath = {
	account_id: ACCOUNT,
	custom_filter_id: locator('customFilter', 'Custom Filter'),
};

// Saved conversation views open at /custom_view/<id>, contact views at /contacts/custom_view/<id>.
export const customFilterLocator: INodeProperties = idLocator({
	name: 'customFilter',
	displayName: 'Custom Filter',
	searchListMethod: 'getCustomFilters',
	urlSegment: 'custom_view',
});

const FILTER_TYPES = ['conversation', 'contact', 'report'] as const;

export const filterType = oneOf(FILTER_TYPES);

export const filterTypeField: INodeProperties = {
	displayName: 'Type',
	name: 'filterType',
	type: 'options',
	default: 'conversation',
	description: 'What the filter applies to',
	options: [
		{ name: 'Contact', value: 'contact' },
		{ name: 'Conversation', value: 'conversation' },
		{ name: 'Report', value: 'report' },
	],
};

/** The saved query, as the dashboard stores it: {payload: [conditions]}. */
export const filterQuery: Check<IDataObject> = (value, field, ctx) => ({
	payload: filterConditions(value, field, ctx),
});
