import {
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type IWebhookFunctions,
} from 'n8n-workflow';
import { chatwootApiRequest } from '../shared/api/transport';
import { firstUncheckedDelivery, isReplayedSignature } from './deliveries';
import type { TriggerOptions } from './options';
import type { OwnWebhook } from './registration';
import { verifySignature, type SignatureProblem } from './signature';
import type { Source } from './sources';

/** What signs the deliveries of a source, and from which Chatwoot version on. */
interface Signer {
	since: string;
	/** What Chatwoot signs, as the messages say it, in full and short. */
	deliveries: string;
	signed: string;
	/** The record that holds the secret, e.g. "webhook 12". */
	record: (own: OwnWebhook & { agentBotId?: number }) => string;
	secretOf: string;
}

export const SIGNERS: Record<Source, Signer> = {
	accountWebhook: {
		since: '4.11.2',
		deliveries: 'webhook deliveries',
		signed: 'deliveries',
		record: (own) => `webhook ${String(own.webhookId)}`,
		secretOf: "the webhook's secret",
	},
	agentBot: {
		since: '4.13.0',
		deliveries: 'agent-bot deliveries',
		signed: 'agent-bot deliveries',
		record: (own) => `agent bot ${String(own.agentBotId)}`,
		secretOf: "the agent bot's secret",
	},
};

function signs(version: string | undefined, signer: Signer): boolean {
	if (version === undefined) return false;
	const [have, since] = [version, signer.since].map((text) => text.split('.').map((part) => parseInt(part, 10) || 0));
	const differing = since.findIndex((part, i) => (have[i] ?? 0) !== part);
	return differing === -1 || (have[differing] ?? 0) > since[differing];
}

const server = (version: string | undefined) => (version ? `Chatwoot ${version}` : 'Chatwoot of unknown version');
const who = (ctx: IHookFunctions | IWebhookFunctions) =>
	`ChatWoot Trigger "${ctx.getNode().name}" (workflow ${ctx.getWorkflow().id ?? 'without ID'})`;

/** GET /api answers Chatwoot's version; undefined when it cannot be known. */
async function chatwootVersion(ctx: IHookFunctions): Promise<string | undefined> {
	try {
		const answer = (await chatwootApiRequest.call(ctx, 'GET', '/api')) as IDataObject;
		return typeof answer?.version === 'string' ? answer.version : undefined;
	} catch {
		return undefined;
	}
}

/**
 * After registration: can deliveries be checked? Without a secret, Chatwoot's version
 * decides. A server that signs (webhooks: 4.11.2 and later, agent bots: 4.13.0) but gave no
 * secret, or Require Signature "Always", fails the activation; an older server (or one of
 * unknown version) is accepted, unchecked, and the log says so: saved workflows on older
 * servers keep running.
 */
export async function checkSigning(
	ctx: IHookFunctions,
	own: IDataObject & OwnWebhook,
	options: TriggerOptions,
	signer: Signer = SIGNERS.accountWebhook,
): Promise<void> {
	delete own.chatwootVersion;
	if (!options.verifySignature || options.webhookSecret || own.secret) return;
	const version = await chatwootVersion(ctx);
	if (version !== undefined) own.chatwootVersion = version;
	const record = signer.record(own);
	if (options.requireSignature === 'always') {
		throw new NodeOperationError(
			ctx.getNode(),
			`Require Signature is "Always", but ${server(version)} gave no signing secret for ${record}: Chatwoot signs ${signer.signed} from ${signer.since} on. ` +
				'Update Chatwoot, set Options > Webhook Secret, or choose Require Signature "If Chatwoot Signs" to accept unsigned deliveries.',
		);
	}
	if (signs(version, signer)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`${server(version)} signs ${signer.deliveries}, but gave no secret for ${record}, so signatures cannot be checked: ` +
				`set Options > Webhook Secret to ${signer.secretOf} from Chatwoot, or turn Verify Signature off.`,
		);
	}
	ctx.logger.warn(
		`${who(ctx)}: ${server(version)} does not sign ${signer.deliveries} (${signer.since} and later do), so signatures are not checked ` +
			'and anyone who knows the webhook URL can start the workflow. Options > Require Signature > Always refuses unsigned deliveries.',
	);
}

/** Why a delivery is refused (401), or undefined when it may start the workflow. */
export function deliveryProblem(
	ctx: IWebhookFunctions,
	options: TriggerOptions,
	own: OwnWebhook,
	triggerKey: string,
	signer: Signer = SIGNERS.accountWebhook,
): SignatureProblem | undefined {
	if (!options.verifySignature) return undefined;
	const headers = ctx.getHeaderData();
	const secret = options.webhookSecret || own.secret;
	if (!secret) {
		if (options.requireSignature === 'always' || signs(own.chatwootVersion, signer)) return 'no signing secret is known';
		if (firstUncheckedDelivery(triggerKey)) {
			ctx.logger.warn(
				`${who(ctx)}: accepted a delivery without checking its signature: no signing secret is known (${server(own.chatwootVersion)}; ${signer.since} and later sign).`,
			);
		}
		return undefined;
	}
	const timestamp = headers['x-chatwoot-timestamp'] as string | undefined;
	const signature = headers['x-chatwoot-signature'] as string | undefined;
	const now = Date.now();
	const problem = verifySignature({
		secret,
		rawBody: ctx.getRequestObject().rawBody ?? Buffer.from(JSON.stringify(ctx.getBodyData())),
		timestamp,
		signature,
		toleranceSeconds: options.timestampTolerance,
		nowSeconds: Math.floor(now / 1000),
	});
	if (problem) return problem;
	// Verified: the timestamp and signature are well-formed. Remembered while the timestamp is fresh.
	const until = options.timestampTolerance > 0 ? (Number(timestamp) + options.timestampTolerance) * 1000 : undefined;
	const deliveryId = headers['x-chatwoot-delivery'] as string | undefined;
	return isReplayedSignature(triggerKey, String(signature).trim().toLowerCase(), deliveryId, now, until)
		? 'signature already used'
		: undefined;
}
