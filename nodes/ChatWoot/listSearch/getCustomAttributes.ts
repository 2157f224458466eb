import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

// Chatwoot lists one model at a time (attribute_model 0 or 1): both, one after the other.
const MODELS = [
	{ attribute_model: '0', label: 'conversation' },
	{ attribute_model: '1', label: 'contact' },
];

export async function getCustomAttributes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const lists = [];
	for (const { attribute_model, label } of MODELS) {
		lists.push(
			await searchAccountRecords.call(
				this,
				{
					path: '/custom_attribute_definitions',
					qs: { attribute_model },
					records: [''],
					name: (attribute) => `${String(attribute.attribute_display_name)} (${label})`,
				},
				filter,
			),
		);
	}
	return { results: lists.flatMap((list) => list.results) };
}
