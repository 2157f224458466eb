import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

export async function getMacros(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/macros',
			records: ['payload'],
			name: (macro) => String(macro.name),
			url: (macro) => `/settings/macros/${String(macro.id)}/edit`,
		},
		filter,
	);
}
