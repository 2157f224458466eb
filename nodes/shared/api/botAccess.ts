import { NodeOperationError, type IExecuteSingleFunctions } from 'n8n-workflow';

/**
 * What Chatwoot lets an Agent Bot token do: its AccessTokenAuthHelper::BOT_ACCESSIBLE_ENDPOINTS
 * (conversations show, create, update, toggle_status, toggle_priority, toggle_typing_status,
 * custom_attributes; messages create; assignments create; labels index and create). Every
 * other application endpoint answers 401 "Access to this endpoint is not authorized for bots".
 * The node's check, the credential's notice and the README come from this one table.
 */
export interface BotOperation {
	resource: string;
	operation: string;
	/** As the editor lists it: Resource > Operation. */
	name: string;
	/** Needs a newer Chatwoot with a bot token (conversation show and labels: 4.14.2). */
	since?: string;
}

// show and labels index/create reached bot tokens in Chatwoot 4.14.2 (PR #14655)
const SHOW_AND_LABELS = '4.14.2';

export const BOT_OPERATIONS: BotOperation[] = [
	{ resource: 'conversation', operation: 'addLabels', name: 'Conversation > Add Labels', since: SHOW_AND_LABELS },
	{ resource: 'conversation', operation: 'assign', name: 'Conversation > Assign' },
	{ resource: 'conversation', operation: 'create', name: 'Conversation > Create' },
	// reads the conversation (show), then writes custom_attributes
	{ resource: 'conversation', operation: 'deleteCustomAttributes', name: 'Conversation > Delete Custom Attributes', since: SHOW_AND_LABELS },
	{ resource: 'conversation', operation: 'get', name: 'Conversation > Get', since: SHOW_AND_LABELS },
	// its labels and the read of the conversation after the hand-off
	{ resource: 'conversation', operation: 'handOff', name: 'Conversation > Hand Off to Human', since: SHOW_AND_LABELS },
	{ resource: 'conversation', operation: 'listLabels', name: 'Conversation > List Labels', since: SHOW_AND_LABELS },
	{ resource: 'conversation', operation: 'removeLabels', name: 'Conversation > Remove Labels', since: SHOW_AND_LABELS },
	{ resource: 'conversation', operation: 'setCustomAttributes', name: 'Conversation > Set Custom Attributes', since: SHOW_AND_LABELS },
	{ resource: 'conversation', operation: 'setLabels', name: 'Conversation > Set Labels', since: SHOW_AND_LABELS },
	{ resource: 'conversation', operation: 'togglePriority', name: 'Conversation > Toggle Priority' },
	{ resource: 'conversation', operation: 'toggleStatus', name: 'Conversation > Toggle Status' },
	{ resource: 'conversation', operation: 'toggleTypingStatus', name: 'Conversation > Toggle Typing Status' },
	{ resource: 'conversation', operation: 'update', name: 'Conversation > Update' },
	{ resource: 'message', operation: 'create', name: 'Message > Create' },
];

/** "Conversation > Add Labels (4.14.2+), ..., Message > Create": for notices and hints. */
export const BOT_OPERATIONS_TEXT = BOT_OPERATIONS.map(
	({ name, since }) => (since ? `${name} (Chatwoot ${since}+)` : name),
).join(', ');

/** Resources that send no token at all: the client API and the CSAT survey page. */
function sendsNoToken(resource: string): boolean {
	return resource.startsWith('client') || resource === 'csatSurvey';
}

export function isBotOperation(resource: string, operation: string): boolean {
	return BOT_OPERATIONS.some((entry) => entry.resource === resource && entry.operation === operation);
}

/** The Token Kind an operation needs, as the credential names it. */
export function tokenKindNeeded(resource: string, operation: string): 'User' | 'Platform App' | 'Agent Bot or User' | 'none' {
	if (sendsNoToken(resource)) return 'none';
	if (resource.startsWith('platform')) return 'Platform App';
	return isBotOperation(resource, operation) ? 'Agent Bot or User' : 'User';
}

/**
 * Before any request: an operation Chatwoot refuses to Agent Bot tokens fails here, naming the
 * Token Kind to use, instead of with Chatwoot's 401 after the request.
 */
export async function checkBotTokenReach(
	ctx: IExecuteSingleFunctions,
	tokenKind: () => Promise<unknown>,
): Promise<void> {
	const resource = ctx.getNodeParameter('resource') as string;
	const operation = ctx.getNodeParameter('operation') as string;
	const needed = tokenKindNeeded(resource, operation);
	if (needed === 'none' || needed === 'Agent Bot or User') return;
	if ((await tokenKind()) !== 'agentBot') return;
	throw new NodeOperationError(
		ctx.getNode(),
		`Chatwoot does not let Agent Bot tokens do this: use a credential with Token Kind "${needed}"`,
		{
			itemIndex: ctx.getItemIndex(),
			description: `The credential's token is an Agent Bot token. Chatwoot lets those do only: ${BOT_OPERATIONS_TEXT}. Nothing was sent.`,
		},
	);
}
