import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { readBinaryFiles } from '../files/multipart';
import { readOnce } from '../../../shared/fields/reads';
import { invalid, text } from '../../../shared/fields/validators';

// Messages of the application and the client API: text, files (an Attachments option naming
// binary properties, sent as multipart attachments[]), or both.

/** Nothing typed: undefined, null or only spaces. */
export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || String(value).trim() === '';
}

/**
 * The message's Content, checked: it may stay empty only when the collection's Attachments
 * names files (then undefined).
 */
export function messageText(
	ctx: IExecuteSingleFunctions,
	contentParam: string,
	collection: string,
): string | undefined {
	const content = readOnce(ctx, contentParam, '');
	if (!isBlank(content)) return text(content, 'Content', ctx);
	if (isBlank(readOnce<IDataObject>(ctx, collection, {}).attachments)) {
		throw invalid(ctx, 'Content', 'is required and cannot be empty (unless the message has Attachments)');
	}
	return undefined;
}

/** The files named in the collection's Attachments option; none when it is not set. */
export function attachmentFiles(collection: string) {
	return async (ctx: IExecuteSingleFunctions) => {
		const names = readOnce<IDataObject>(ctx, collection, {}).attachments;
		if (isBlank(names)) return [];
		return await readBinaryFiles(ctx, names, 'Attachments', 'attachments[]');
	};
}

/** The Attachments option of both message APIs' Additional Fields; read by `attachmentFiles`. */
export const attachmentsOption: INodeProperties = {
	displayName: 'Attachments',
	name: 'attachments',
	type: 'string',
	default: '',
	placeholder: 'e.g. data, invoice',
	description:
		'Comma-separated names of binary properties of the input item to attach as files. The message then goes out as multipart/form-data.',
};
