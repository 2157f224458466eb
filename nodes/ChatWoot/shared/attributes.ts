import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { keyList, withoutKeys } from './formats';
import type { BuiltRequest, RequestSpec } from './request';
import { getOwnParameter } from './parameterNames';
import { chatwootApiRequest } from './transport';

/** Where a record's custom attributes are in Chatwoot's answer (contacts wrap it in `payload`). */
function customAttributesOf(answer: unknown): IDataObject {
	const record = ((answer as IDataObject)?.payload ?? answer) as IDataObject | undefined;
	const attributes = record?.custom_attributes;
	return attributes && typeof attributes === 'object' && !Array.isArray(attributes)
		? (attributes as IDataObject)
		: {};
}

async function currentCustomAttributes(
	ctx: IExecuteSingleFunctions,
	url: string,
): Promise<IDataObject> {
	return customAttributesOf(await chatwootApiRequest.call(ctx, 'GET', url));
}

/**
 * Chatwoot writes custom attributes as one object, so a write of some keys would drop the
 * others. These adjusts read the record (`url` from the built path) and write the whole object.
 */
export function mergeCustomAttributes(
	url: (path: BuiltRequest['path']) => string,
	replace?: (ctx: IExecuteSingleFunctions) => boolean,
): RequestSpec['adjust'] {
	return async function (this: IExecuteSingleFunctions, built) {
		if (replace?.(this)) return;
		const current = await currentCustomAttributes(this, url(built.path));
		built.body.custom_attributes = { ...current, ...(built.body.custom_attributes as IDataObject) };
	};
}

/** Removes the keys named in the resource's Attribute Keys field and writes the rest back. */
export function deleteCustomAttributes(
	url: (path: BuiltRequest['path']) => string,
): Pick<RequestSpec, 'adjust' | 'adjustedKeys'> {
	return {
		adjustedKeys: { body: ['custom_attributes'] },
		adjust: async function (this: IExecuteSingleFunctions, built) {
			const keys = keyList(getOwnParameter(this, 'attributeKeys', ''), 'Attribute Keys', this);
			const current = await currentCustomAttributes(this, url(built.path));
			built.body.custom_attributes = withoutKeys(current, keys);
		},
	};
}
