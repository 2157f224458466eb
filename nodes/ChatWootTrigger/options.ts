import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { invalid, show } from '../shared/fields/validators';

export const REQUIRE_SIGNATURE = ['ifChatwootSigns', 'always'] as const;

/** The trigger's Options, with their defaults, checked. */
export interface TriggerOptions {
	verifySignature: boolean;
	requireSignature: (typeof REQUIRE_SIGNATURE)[number];
	webhookSecret: string;
	timestampTolerance: number;
	includeHeaders: boolean;
	dropDuplicates: boolean;
	takeOverBotUrl: boolean;
}

export const DEFAULT_TOLERANCE_SECONDS = 300;

/**
 * Seconds, 0 or more. Anything else (text from an expression) would turn the freshness check
 * off without a word, so it is an error, at activation and for each delivery.
 */
function toleranceSeconds(ctx: IHookFunctions | IWebhookFunctions, value: unknown): number {
	const parsed = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
	if (typeof parsed !== 'number' || !Number.isFinite(parsed) || parsed < 0) {
		throw invalid(ctx, 'Timestamp Tolerance', `must be a number of seconds, 0 or more, got ${show(value)}`);
	}
	return parsed;
}

function requireSignature(ctx: IHookFunctions | IWebhookFunctions, value: unknown): TriggerOptions['requireSignature'] {
	if (value === undefined) return 'ifChatwootSigns';
	const known = REQUIRE_SIGNATURE.find((option) => option === value);
	if (!known) throw invalid(ctx, 'Require Signature', `must be one of ${REQUIRE_SIGNATURE.join(', ')}, got ${show(value)}`);
	return known;
}

export function readOptions(ctx: IHookFunctions | IWebhookFunctions): TriggerOptions {
	const options = ctx.getNodeParameter('options', {}) as Partial<Record<keyof TriggerOptions, unknown>>;
	return {
		verifySignature: options.verifySignature !== false,
		requireSignature: requireSignature(ctx, options.requireSignature),
		webhookSecret: typeof options.webhookSecret === 'string' ? options.webhookSecret : '',
		timestampTolerance: toleranceSeconds(ctx, options.timestampTolerance ?? DEFAULT_TOLERANCE_SECONDS),
		includeHeaders: options.includeHeaders === true,
		dropDuplicates: options.dropDuplicates !== false,
		takeOverBotUrl: options.takeOverBotUrl === true,
	};
}
