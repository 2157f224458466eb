import type {
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	INodeProperties,
	INodePropertyOptions,
	INodePropertyRouting,
	PostReceiveAction,
} from 'n8n-workflow';
import { withAttachmentDownloads } from '../files/attachments';
import { multipartWhenFiles, type FilePart } from '../files/multipart';
import { ownName } from './parameterNames';
import { buildRequest, type ChatwootPreSend, type RequestSpec } from '../request/buildRequest';
import type { Pagination } from '../send/pagination';
import { chatwootListRouting, chatwootRouting, explainingTransportErrors, ONE_REQUEST, type ListRouting } from '../send/routing';

/** Where a list operation's Return All and Limit go among its fields. */
export const RETURN_ALL_AND_LIMIT = Symbol('Return All and Limit');

type OperationField = INodeProperties | typeof RETURN_ALL_AND_LIMIT;

/**
 * One operation, whole: its option in the Operation list, its request (method, URL, where
 * each value comes from and how it is checked), its fields in the order the editor shows
 * them, and what becomes of the answer. A field object that several operations list is one
 * property of the node, shown for all of them (see `resourceProperties`).
 */
export interface OperationDeclaration {
	value: string;
	name: string;
	/** Sentence case, e.g. "Create a team". */
	action: string;
	description?: string;
	method: IHttpRequestMethods;
	/** The path template as the spec writes it; every `{placeholder}` has a path source in `request`. */
	url: string;
	request: RequestSpec;
	/** Shown for this operation, in this order; `displayOptions` for resource and operation are computed. */
	fields?: OperationField[];
	/** A list: one item per record; Return All and Limit go at RETURN_ALL_AND_LIMIT (else last). */
	list?: ListRouting;
	/** The Limit's description when it says more than usual (which records a Limit keeps). */
	limitDescription?: string;
	/** Output shaping after Chatwoot's errors are surfaced (and after a list's records are taken out). */
	output?: PostReceiveAction[];
	/** How arrays go into the query: `brackets` gives `inbox_ids[]=1&inbox_ids[]=2`. */
	arrayFormat?: 'brackets' | 'indices' | 'repeat' | 'comma';
	/** Files of the input item, sent as multipart/form-data when there are any; `asJson`: form fields sent as JSON text. */
	files?: { read: (ctx: IExecuteSingleFunctions) => Promise<FilePart[]>; asJson?: string[] };
	/** The records' attachments can be downloaded as binary data (the message Download Attachments options). */
	downloads?: boolean;
	/** The operation makes its requests itself (a choice between two writes): instead of the one request. */
	requests?: Pagination;
	/**
	 * For an answer that is not Chatwoot's JSON (the CSAT survey page: request headers), or one
	 * `output` checks itself (Hand Off names the step that failed): `output` explains errors itself.
	 */
	answer?: { headers?: Record<string, string>; ownErrorHandling: true };
	/**
	 * The route is drawn only with Chatwoot's Enterprise code: the description says
	 * "(Enterprise)", and a 404 for the route itself explains that the code may be absent.
	 */
	enterprise?: true;
}

export interface Operation extends OperationDeclaration {
	/** The operation's first preSend: reads and checks every value, fills the URL. */
	preSend: ChatwootPreSend;
}

export function defineOperation(declaration: OperationDeclaration): Operation {
	const description = declaration.enterprise ? `${declaration.description ?? declaration.action} (Enterprise)` : declaration.description;
	return {
		...declaration,
		...(description === undefined ? {} : { description }),
		preSend: buildRequest(declaration.request, { enterprise: declaration.enterprise }),
	};
}

function routingOf(operation: Operation): INodePropertyRouting {
	let routing: INodePropertyRouting;
	if (operation.answer) {
		routing = {
			request: {
				method: operation.method,
				url: operation.url,
				...(operation.answer.headers ? { headers: operation.answer.headers } : {}),
			},
			send: { preSend: [operation.preSend], paginate: true },
			operations: { pagination: ONE_REQUEST },
			output: { postReceive: [...(operation.output ?? [])] },
		};
	} else if (operation.list) {
		routing = chatwootListRouting(operation.url, operation.preSend, { ...operation.list, method: operation.method }, ...(operation.output ?? []));
	} else {
		routing = chatwootRouting(operation.method, operation.url, operation.preSend, ...(operation.output ?? []));
	}
	if (operation.requests) routing.operations = { pagination: explainingTransportErrors(operation.requests) };
	if (operation.arrayFormat) routing.request = { ...routing.request, arrayFormat: operation.arrayFormat };
	if (operation.files) {
		routing.send = { ...routing.send, preSend: [...(routing.send?.preSend ?? []), multipartWhenFiles(operation.files.read, operation.files.asJson)] };
	}
	return operation.downloads ? withAttachmentDownloads(routing) : routing;
}

/** Return All and Limit of a resource's list operations (named after the resource: unique names). */
function listFields(resource: string, limitDescription = 'Max number of results to return'): [INodeProperties, INodeProperties] {
	const returnAll = ownName(resource, 'returnAll');
	return [
		{
			displayName: 'Return All',
			name: returnAll,
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: ownName(resource, 'limit'),
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: limitDescription,
			displayOptions: { show: { [returnAll]: [false] } },
		},
	];
}

/**
 * One order of all fields that keeps every operation's own order (a topological sort; among
 * fields free to go next, the one listed first wins).
 */
function fieldOrder(resource: string, lists: INodeProperties[][]): INodeProperties[] {
	const rank = new Map<INodeProperties, number>();
	const after = new Map<INodeProperties, Set<INodeProperties>>();
	const waitingFor = new Map<INodeProperties, number>();
	for (const list of lists) {
		list.forEach((field, i) => {
			if (!rank.has(field)) {
				rank.set(field, rank.size);
				after.set(field, new Set());
				// an earlier list may already have counted a predecessor of this field
				waitingFor.set(field, waitingFor.get(field) ?? 0);
			}
			const next = list[i + 1];
			if (next && !after.get(field)!.has(next)) {
				after.get(field)!.add(next);
				waitingFor.set(next, (waitingFor.get(next) ?? 0) + 1);
			}
		});
	}
	const order: INodeProperties[] = [];
	let ready = [...rank.keys()].filter((field) => waitingFor.get(field) === 0);
	while (ready.length > 0) {
		ready.sort((a, b) => rank.get(a)! - rank.get(b)!);
		const field = ready.shift()!;
		order.push(field);
		for (const next of after.get(field)!) {
			waitingFor.set(next, waitingFor.get(next)! - 1);
			if (waitingFor.get(next) === 0) ready.push(next);
		}
	}
	if (order.length !== rank.size) throw new Error(`${resource}: two operations list shared fields in opposite orders`);
	return order;
}

/**
 * The properties of one resource: its Operation list (alphabetical, with each operation's
 * routing), then every field once, shown for the operations that list it, in an order that
 * keeps each operation's own field order.
 */
export function resourceProperties(resource: string, defaultOperation: string, operations: Operation[]): INodeProperties[] {
	// one Limit field for all list operations of the resource, so one description
	const limitDescriptions = new Set(operations.flatMap((operation) => (operation.list && operation.limitDescription ? [operation.limitDescription] : [])));
	if (limitDescriptions.size > 1) throw new Error(`${resource}: list operations declare different Limit descriptions`);
	const [returnAll, limit] = listFields(resource, [...limitDescriptions][0]);
	const fieldsOf = (operation: Operation): INodeProperties[] => {
		const declared = operation.fields ?? [];
		if (!operation.list) return declared.filter((field): field is INodeProperties => field !== RETURN_ALL_AND_LIMIT);
		const at = declared.indexOf(RETURN_ALL_AND_LIMIT);
		const own = declared.filter((field): field is INodeProperties => field !== RETURN_ALL_AND_LIMIT);
		const position = at === -1 ? own.length : at;
		return [...own.slice(0, position), returnAll, limit, ...own.slice(position)];
	};

	const order = fieldOrder(resource, operations.map(fieldsOf));
	const shownFor = new Map<INodeProperties, string[]>(order.map((field) => [field, []]));
	for (const operation of operations) for (const field of fieldsOf(operation)) shownFor.get(field)!.push(operation.value);

	const options: INodePropertyOptions[] = [...operations]
		.sort((a, b) => a.name.localeCompare(b.name))
		.map((operation) => ({
			name: operation.name,
			value: operation.value,
			action: operation.action,
			...(operation.description ? { description: operation.description } : {}),
			routing: routingOf(operation),
		}));
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options,
			default: defaultOperation,
		},
		...order.map((field) => {
			// resource and operation are computed here; other conditions (Return All for Limit) stay
			const conditions = Object.fromEntries(
				Object.entries(field.displayOptions?.show ?? {}).filter(([key]) => key !== 'resource' && key !== 'operation'),
			);
			return {
				...field,
				displayOptions: {
					...field.displayOptions,
					// resource first: n8n checks the conditions in order, and most fields fail on it
					show: { resource: [resource], operation: shownFor.get(field)!, ...conditions },
				},
			};
		}),
	];
}
