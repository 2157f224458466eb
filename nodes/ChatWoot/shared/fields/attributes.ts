import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions } from 'n8n-workflow';
import { keyList, withoutKeys } from './formats';
import type { BuiltRequest, RequestSpec } from '../request/buildRequest';
import { getOwnParameter } from '../declare/parameterNames';
import { queueRecordWrite } from '../send/recordWrites';
import { chatwootApiRequest } from '../../../shared/api/transport';

/** Where a record's custom attributes are in Chatwoot's answer (contacts wrap it in `payload`). */
function customAttributesOf(answer: unknown): IDataObject {
	const record = ((answer as IDataObject)?.payload ?? answer) as IDataObject | undefined;
	const attributes = record?.custom_attributes;
	return attributes && typeof attributes === 'object' && !Array.isArray(attributes)
		? (attributes as IDataObject)
		: {};
}

async function currentCustomAttributes(
	ctx: IExecutePaginationFunctions,
	url: string,
): Promise<IDataObject> {
	return customAttributesOf(await chatwootApiRequest.call(ctx, 'GET', url));
}

/**
 * Chatwoot's conversation custom_attributes endpoint writes the object it gets, so a write of
 * some keys would drop the others. These adjusts read the record (`record` from the built
 * path) in its turn (recordWrites.ts) and write the whole object.
 */
export function mergeCustomAttributes(
	record: (path: BuiltRequest['path']) => string,
	replace: (ctx: IExecuteSingleFunctions) => boolean,
): RequestSpec['adjust'] {
	return async function (this: IExecuteSingleFunctions, built) {
		const url = record(built.path);
		if (replace(this)) {
			queueRecordWrite(this, { record: url });
			return;
		}
		queueRecordWrite(this, {
			record: url,
			async complete(body) {
				const current = await currentCustomAttributes(this, url);
				return { ...body, custom_attributes: { ...current, ...(body.custom_attributes as IDataObject) } };
			},
		});
	};
}

/** Removes the keys named in the resource's Attribute Keys field and writes the rest back. */
export function deleteCustomAttributes(
	record: (path: BuiltRequest['path']) => string,
): Pick<RequestSpec, 'adjust' | 'adjustedKeys'> {
	return {
		adjustedKeys: { body: ['custom_attributes'] },
		adjust: async function (this: IExecuteSingleFunctions, built) {
			const keys = keyList(getOwnParameter(this, 'attributeKeys', ''), 'Attribute Keys', this);
			const url = record(built.path);
			queueRecordWrite(this, {
				record: url,
				async complete(body) {
					return { ...body, custom_attributes: withoutKeys(await currentCustomAttributes(this, url), keys) };
				},
			});
		},
	};
}
