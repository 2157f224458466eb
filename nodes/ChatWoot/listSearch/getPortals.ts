import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

/** Help center portals; Chatwoot addresses them by slug, so the slug is the value. */
export async function getPortals(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/portals',
			records: ['payload', ''],
			name: (portal) => `${String(portal.name)} (${String(portal.slug)})`,
			value: (portal) => String(portal.slug),
			url: (portal) => `/portals/${String(portal.slug)}/settings`,
		},
		filter,
	);
}
