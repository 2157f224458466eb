import type { IHttpRequestMethods, INodePropertyRouting, PostReceiveAction } from 'n8n-workflow';
import type { ChatwootPreSend } from './request';
import { throwOnChatwootError } from './output';

/**
 * The routing of one operation: static method and URL template (placeholders are filled by
 * the operation's preSend), Chatwoot's errors surfaced first, then the output shaping.
 */
export function chatwootRouting(
	method: IHttpRequestMethods,
	url: string,
	preSend: ChatwootPreSend,
	...postReceive: PostReceiveAction[]
): INodePropertyRouting {
	return {
		request: { method, url },
		send: { preSend: [preSend] },
		output: { postReceive: [throwOnChatwootError, ...postReceive] },
	};
}
