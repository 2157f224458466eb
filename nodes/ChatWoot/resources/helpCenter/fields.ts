/* eslint-disable n8n-nodes-base/node-param-default-missing -- resource locator modes take no default; the rule mistakes them for parameters */
import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { unwrap } from '../../shared/response/output';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { readOnce } from '../../../shared/fields/reads';
import { type BuiltRequest } from '../../shared/request/buildRequest';
import { integer, invalid, pathSegment, positiveInteger, text, type Check } from '../../../shared/fields/validators';

/** Chatwoot finds portals by slug (`find_by(slug: params[:id])`), not by numeric ID. */
export const portalSlug = pathSegment('a portal slug', 'handbook');
export const categorySlug = pathSegment('a category slug', 'billing');

// The Portal model's own rule: # and 3 or 6 hex digits.
export const hexColor: Check<string> = (value, field, ctx) => {
	const result = text(value, field, ctx).trim();
	if (!/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(result)) {
		throw invalid(ctx, field, `must be a hex color like #1f93ff, got "${result}"`);
	}
	return result;
};

export const PORTALS_URL = '/api/v1/accounts/{account_id}/portals';
export const PORTAL_URL = '/api/v1/accounts/{account_id}/portals/{id}';

export const portalsPath = { account_id: ACCOUNT };
export const portalPath = { account_id: ACCOUNT, id: locator('portal', 'Portal', portalSlug) };

// The server's own templates for the routes the spec leaves out name the portal {portal_id}.
export const CATEGORIES_URL = '/api/v1/accounts/{account_id}/portals/{portal_id}/categories';
export const CATEGORY_URL = `${CATEGORIES_URL}/{id}`;
export const ARTICLES_URL = '/api/v1/accounts/{account_id}/portals/{portal_id}/articles';
export const ARTICLE_URL = `${ARTICLES_URL}/{id}`;
export const ARTICLE_BULK_URL = `${ARTICLES_URL}/bulk_actions`;

export const portalItemsPath = { account_id: ACCOUNT, portal_id: locator('portal', 'Portal', portalSlug) };
export const categoryPath = { ...portalItemsPath, id: locator('helpCenterCategory', 'Category') };
export const articlePath = { ...portalItemsPath, id: locator('helpCenterArticle', 'Article') };

// Chatwoot wraps single records in `payload` here; older servers answer the bare record.
export const helpCenterRecord = unwrap('payload', '');

/** The portal, one field for every operation on an existing portal. */
export const portalLocator: INodeProperties = {
	displayName: 'Portal',
	name: 'portal',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The help center portal, identified by its slug',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a portal...',
			typeOptions: { searchListMethod: 'getPortals', searchable: true },
		},
		{
			displayName: 'By Slug',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. handbook',
			validation: [
				{
					type: 'regex',
					properties: { regex: '^\\s*[^/\\s?#]+\\s*$', errorMessage: 'Not a valid portal slug' },
				},
			],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://chat.example.com/app/accounts/1/portals/handbook/en/articles',
			extractValue: { type: 'regex', regex: '\\/portals\\/([^/?#]+)' },
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '.*\\/portals\\/[^/?#]+.*',
						errorMessage: 'Not a Chatwoot help center address',
					},
				},
			],
		},
	],
};

/** Options in the editor's order (by display name), e.g. shared options plus an operation's own. */
export function byDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/**
 * New sort positions of categories or articles (the Reorder operations): ID and position
 * pairs, sent as Chatwoot's `positions_hash` (ID => position).
 */
export function positionsField(name: string, noun: 'category' | 'article'): INodeProperties {
	return {
		displayName: 'Positions',
		name,
		type: 'fixedCollection',
		required: true,
		default: {},
		placeholder: 'Add Position',
		typeOptions: { multipleValues: true },
		description: `The new position of each ${noun}; lower comes first. The others keep theirs.`,
		options: [
			{
				displayName: 'Position',
				name: 'positions',
				values: [
					{
						displayName: noun === 'category' ? 'Category ID' : 'Article ID',
						name: 'id',
						type: 'number',
						default: 0,
						typeOptions: { minValue: 1, numberPrecision: 0 },
					},
					{
						displayName: 'Position',
						name: 'position',
						type: 'number',
						default: 0,
						typeOptions: { numberPrecision: 0 },
					},
				],
			},
		],
	};
}

/** Builds `positions_hash` from a positionsField; at least one pair, IDs once each. */
export function positionsHash(name: string, noun: 'category' | 'article') {
	const idLabel = noun === 'category' ? 'Category ID' : 'Article ID';
	return function (this: IExecuteSingleFunctions, request: BuiltRequest) {
		const pairs = readOnce<IDataObject>(this, name, {}).positions;
		const entries = Array.isArray(pairs) ? (pairs as IDataObject[]) : [];
		if (entries.length === 0) throw invalid(this, 'Positions', `add at least one ${noun} and its new position`);
		const hash: IDataObject = {};
		for (const entry of entries) {
			const id = positiveInteger(entry.id, `Positions: ${idLabel}`, this);
			if (String(id) in hash) throw invalid(this, 'Positions', `${idLabel} ${id} is listed twice`);
			hash[String(id)] = integer(entry.position, 'Positions: Position', this);
		}
		request.body.positions_hash = hash;
	};
}

/** A locale code option (Chatwoot's locale keys, e.g. en, pt_BR). */
export function localeOption(description: string): INodeProperties {
	return { displayName: 'Locale', name: 'locale', type: 'string', default: '', placeholder: 'e.g. en', description };
}
