import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

export async function getAutomationRules(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchAccountRecords.call(
		this,
		{
			path: '/automation_rules',
			records: ['payload', ''],
			name: (rule) => `${String(rule.name)} (${String(rule.event_name)})`,
		},
		filter,
	);
}
