import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import type { BuiltRequest, RequestSpec } from '../request/buildRequest';
import { getOwnParameter, ownName } from '../declare/parameterNames';
import { queueRecordWrite } from '../send/recordWrites';
import type { RequestContext } from '../../../shared/api/answers';
import { chatwootApiRequest } from '../../../shared/api/transport';
import { invalid, stringList, type Check } from '../../../shared/fields/validators';

/**
 * Labels of a contact or a conversation. Chatwoot's POST .../labels replaces the whole list,
 * so Add and Remove read the current labels first and write the union or the difference.
 */
export type LabelWrite = 'set' | 'add' | 'remove';

const LABEL_FIELDS: Record<LabelWrite, string> = {
	set: 'labels',
	add: 'labelsToAdd',
	remove: 'labelsToRemove',
};

export function labelsField(resource: string, operation: string, write: LabelWrite): INodeProperties {
	const what = {
		set: 'The labels to keep; all others are removed. Leave empty to remove every label.',
		add: 'Labels to add; the labels already there are kept.',
		remove: 'Labels to remove; the others are kept.',
	}[write];
	return {
		displayName: 'Label Names or IDs',
		name: ownName(resource, LABEL_FIELDS[write]),
		type: 'multiOptions',
		// the account's labels: reload when another Account is picked
		typeOptions: { loadOptionsMethod: 'getLabelTitles', loadOptionsDependsOn: ['account.value'] },
		required: write !== 'set',
		default: [],
		description: `${what} Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>`,
		displayOptions: { show: { resource: [resource], operation: [operation] } },
	};
}

/** Label titles as a list or comma-separated text; Chatwoot keeps titles in lower case. */
export const labelList: Check<string[]> = (value, field, ctx) => [
	...new Set(stringList(value ?? [], field, ctx).map((label) => label.toLowerCase())),
];

/**
 * The `adjust` of a label write: fills `labels` in the body. `record` gives the record's path
 * from the built path. Add and Remove read the labels in the record's turn (recordWrites.ts),
 * so that items on one record each see what the one before wrote.
 */
export function writeLabels(
	write: LabelWrite,
	record: (path: BuiltRequest['path']) => string,
): Pick<RequestSpec, 'adjust' | 'adjustedKeys'> {
	return {
		adjustedKeys: { body: ['labels'] },
		adjust: async function (this: IExecuteSingleFunctions, built) {
			const given = labelList(getOwnParameter(this, LABEL_FIELDS[write], []), 'Labels', this);
			const url = `${record(built.path)}/labels`;
			built.body.labels = given;
			if (write === 'set') {
				queueRecordWrite(this, { record: record(built.path) });
				return;
			}
			if (given.length === 0) throw invalid(this, 'Labels', `name at least one label to ${write}`);
			queueRecordWrite(this, {
				record: record(built.path),
				async complete(body) {
					return { ...body, labels: await labelsAfter(this, write, given, url) };
				},
			});
		},
	};
}

/** The whole list to write for an Add or Remove: reads the record's labels at `labelsUrl`. */
export async function labelsAfter(
	ctx: RequestContext,
	write: 'add' | 'remove',
	given: string[],
	labelsUrl: string,
): Promise<string[]> {
	const answer = (await chatwootApiRequest.call(ctx, 'GET', labelsUrl)) as IDataObject;
	const current = (Array.isArray(answer?.payload) ? answer.payload : []) as string[];
	return write === 'add'
		? [...new Set([...current, ...given])]
		: current.filter((label) => !given.includes(label.toLowerCase()));
}

/** One item per record with its labels, instead of Chatwoot's `{ "payload": [...] }`. */
export async function labelsOutput(items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const payload = item.json.payload;
		return Array.isArray(payload) ? { ...item, json: { labels: payload } } : item;
	});
}
