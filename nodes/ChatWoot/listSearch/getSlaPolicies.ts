import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

/** The account's SLA policies (Enterprise), all in one answer. */
export async function getSlaPolicies(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/sla_policies',
			records: ['payload'],
			name: (policy) => String(policy.name ?? `SLA policy ${String(policy.id)}`),
		},
		filter,
	);
}
