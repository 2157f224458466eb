import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { getOwnParameter } from './parameterNames';

/** postReceive of lists Chatwoot answers in one piece: keeps the first Limit items unless Return All. */
export async function applyLimit(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (getOwnParameter(this, 'returnAll', false) === true) return items;
	const limit = getOwnParameter(this, 'limit', 50) as number;
	return items.slice(0, Math.max(0, limit));
}
