import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

/** postReceive of lists Chatwoot answers in one piece: keeps the first Limit items unless Return All. */
export async function applyLimit(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('returnAll', false) as boolean) return items;
	const limit = this.getNodeParameter('limit', 50) as number;
	return items.slice(0, Math.max(0, limit));
}
