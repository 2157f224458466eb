import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { labelsAfter } from '../fields/labels';
import { throwOnChatwootError } from '../response/output';
import { chatwootApiRequest } from '../../../shared/api/transport';
import { itemSlot } from '../../../shared/itemState';

/**
 * Conversation > Hand Off to Human: the main request opens the conversation (toggle_status),
 * then this postReceive sends the other steps, each only when asked for:
 *   1. open      POST .../toggle_status {status: open}   (the operation's own request)
 *   2. team      POST .../assignments {team_id}
 *   3. agent     POST .../assignments {assignee_id}
 *   4. note      POST .../messages {content, message_type: outgoing, private: true}
 *   5. labels    GET and POST .../labels (the union, as Add Labels)
 *   6. read      GET the conversation, the output item
 * Opening comes first: Chatwoot assigns a conversation to the agent (non-administrator) whose
 * token opens it, which would replace the agent chosen here. The team comes before the agent:
 * a new team clears an assignee who is not one of its members. Assignments take one of
 * assignee_id or team_id per request (assignee_id wins), hence two requests.
 */
export interface HandOffPlan {
	/** /api/v1/accounts/{account}/conversations/{display id} */
	conversationUrl: string;
	teamId?: number;
	agentId?: number;
	note?: string;
	labels?: string[];
}

const plans = itemSlot<HandOffPlan>('hand-off plan');

/** Kept by the operation's preSend for its postReceive (the same item context). */
export function planHandOff(ctx: IExecuteSingleFunctions, plan: HandOffPlan): void {
	plans.set(ctx, plan);
}

function planOf(ctx: object): HandOffPlan | undefined {
	return plans.get(ctx);
}

/** What the output's `handoff` says was done; null where a step was not asked for. */
export interface HandOffDone extends IDataObject {
	status: string | null;
	team_id: number | null;
	assignee_id: number | null;
	note_id: number | null;
	labels: string[] | null;
}

type Step = {
	/** "assigning the team", for "Hand Off to Human: assigning the team failed: ..." */
	doing: string;
	/** "team 3 assigned", for the list of what was already done */
	done: string;
	run: () => Promise<void>;
};

const OPERATION = 'Hand Off to Human';

/** The error of a failed step: Chatwoot's words, what was done before it and what was not. */
function stepFailed(ctx: IExecuteSingleFunctions, steps: Step[], failed: number, error: unknown): NodeApiError {
	const original = error as Partial<NodeApiError> & Error;
	const words = String(original?.message ?? error).replace(/^Chatwoot: /, '');
	const done = steps.slice(0, failed).map((step) => step.done);
	const notDone = steps.slice(failed + 1).map((step) => step.doing);
	const progress = [
		`Already done: ${done.length ? done.join('; ') : 'nothing'}.`,
		`Not done: ${[steps[failed].doing, ...notDone].join('; ')}.`,
	].join(' ');
	const failure = new NodeApiError(ctx.getNode(), (original?.errorResponse ?? {}) as JsonObject, {
		message: `${OPERATION}: ${steps[failed].doing} failed: ${words}`,
		// n8n fills a bare NodeApiError's description with the answer's text: said already
		description: original?.description && original.description !== words ? `${progress} ${original.description}` : progress,
		httpCode: original?.httpCode ?? undefined,
		itemIndex: ctx.getItemIndex(),
	});
	failure.message = `${OPERATION}: ${steps[failed].doing} failed: ${words}`;
	return failure;
}

async function assign(ctx: IExecuteSingleFunctions, url: string, body: IDataObject, what: string, id: number) {
	const answer = await chatwootApiRequest.call(ctx, 'POST', `${url}/assignments`, {}, body);
	// AssignmentsController renders null when the agent or team is not in the account, after it
	// has cleared the assignment
	if (answer === null || answer === undefined || answer === '' || (answer as IDataObject).id === undefined) {
		throw new Error(`Chatwoot found no ${what} ${id} in this account, and now the conversation has no ${what}`);
	}
}

/** postReceive of Hand Off to Human: the steps after opening, then the conversation as the item. */
export async function handOffSteps(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const plan = planOf(this)!;
	const url = plan.conversationUrl;
	const result: HandOffDone = { status: null, team_id: null, assignee_id: null, note_id: null, labels: null };
	let conversation: IDataObject = {};
	const steps: Step[] = [
		{
			doing: 'opening the conversation',
			done: 'conversation opened',
			run: async () => {
				const [answer] = await throwOnChatwootError.call(this, items, response);
				const payload = (answer?.json?.payload ?? {}) as IDataObject;
				result.status = String(payload.current_status ?? 'open');
			},
		},
	];
	const assignment = (what: 'team' | 'agent', key: 'team_id' | 'assignee_id', id: number): Step => ({
		doing: `assigning ${what} ${id}`,
		done: `${what} ${id} assigned`,
		run: async () => {
			await assign(this, url, { [key]: id }, what, id);
			result[key] = id;
		},
	});
	if (plan.teamId !== undefined) steps.push(assignment('team', 'team_id', plan.teamId));
	if (plan.agentId !== undefined) steps.push(assignment('agent', 'assignee_id', plan.agentId));
	if (plan.note !== undefined) {
		const content = plan.note;
		steps.push({
			doing: 'adding the private note',
			done: 'private note added',
			run: async () => {
				const body = { content, message_type: 'outgoing', private: true };
				const message = (await chatwootApiRequest.call(this, 'POST', `${url}/messages`, {}, body)) as IDataObject;
				result.note_id = (message?.id as number | undefined) ?? null;
			},
		});
	}
	if (plan.labels !== undefined) {
		const given = plan.labels;
		steps.push({
			doing: 'adding the labels',
			done: 'labels added',
			run: async () => {
				const labels = await labelsAfter(this, 'add', given, `${url}/labels`);
				const answer = (await chatwootApiRequest.call(this, 'POST', `${url}/labels`, {}, { labels })) as IDataObject;
				result.labels = Array.isArray(answer?.payload) ? (answer.payload as string[]) : labels;
			},
		});
	}
	steps.push({
		doing: 'reading the conversation after the hand-off',
		done: 'conversation read',
		run: async () => {
			conversation = (await chatwootApiRequest.call(this, 'GET', url)) as IDataObject;
		},
	});
	for (const [index, step] of steps.entries()) {
		try {
			await step.run();
		} catch (error) {
			throw stepFailed(this, steps, index, error);
		}
	}
	return [{ json: { ...conversation, handoff: result } }];
}
