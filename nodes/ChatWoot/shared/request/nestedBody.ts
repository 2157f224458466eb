import type { IExecuteSingleFunctions } from 'n8n-workflow';
import type { BuiltRequest, RequestSpec } from './buildRequest';

/**
 * For controllers that read a record's fields under one key (`params.require(:note)`): the
 * body goes there itself, instead of relying on Rails' ParamsWrapper, which copies only keys
 * that are columns of the model. `shape` finishes the flat body first (keys built from
 * several fields, declared in `shapedKeys`), and may throw to refuse it.
 */
export function nestBodyUnder(
	key: string,
	shape?: (this: IExecuteSingleFunctions, request: BuiltRequest) => void,
	shapedKeys: string[] = [],
): Pick<RequestSpec, 'adjust' | 'adjustedKeys'> {
	return {
		adjust(request) {
			shape?.call(this, request);
			request.body = { [key]: request.body };
		},
		adjustedKeys: { body: [key, ...shapedKeys] },
	};
}
