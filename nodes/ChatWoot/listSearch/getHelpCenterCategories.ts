import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';
import { isPlainSegment } from '../../shared/fields/validators';

/** The categories of the portal chosen in the node, with their locale. */
export async function getHelpCenterCategories(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const portal = String(this.getCurrentNodeParameter('portal', { extractValue: true }) ?? '').trim();
	if (portal === '' || !isPlainSegment(portal)) return { results: [] };
	return await searchAccountRecords.call(
		this,
		{
			path: `/portals/${portal}/categories`,
			records: ['payload'],
			name: (category) => `${String(category.name)} (${String(category.locale)})`,
		},
		filter,
	);
}
