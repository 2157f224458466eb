import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { invalid, stringList } from '../../../shared/fields/validators';

/** One file of a multipart body, read from a binary property of the input item. */
export interface FilePart {
	field: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

/**
 * Binary properties of the current input item, by name ("data, invoice"), as files of the
 * form field `field`. A name the item does not have is an error naming it, before any request.
 */
export async function readBinaryFiles(
	ctx: IExecuteSingleFunctions,
	names: unknown,
	label: string,
	field: string,
): Promise<FilePart[]> {
	const properties = stringList(names, label, ctx);
	const binary = ctx.getInputData().binary ?? {};
	const files: FilePart[] = [];
	for (const name of properties) {
		const meta = binary[name];
		if (!meta) {
			const present = Object.keys(binary);
			throw invalid(
				ctx,
				label,
				`the input item has no binary property "${name}"`,
				present.length
					? `Binary properties of this item: ${present.join(', ')}.`
					: 'This item has no binary data. Read the file first, e.g. with a Read/Write Files from Disk or HTTP Request node.',
			);
		}
		files.push({
			field,
			fileName: meta.fileName ?? name,
			mimeType: meta.mimeType || 'application/octet-stream',
			data: await ctx.helpers.getBinaryDataBuffer(name),
		});
	}
	return files;
}

/**
 * A JSON body as the form fields Rails reads back into the same params: `a[b]` for nested
 * objects, `a[]` for lists. Keys in `asJson` travel as one JSON string instead (Chatwoot
 * parses them itself, e.g. a message's content_attributes).
 */
function formFields(body: IDataObject, asJson: string[] = []): Array<[string, string]> {
	const fields: Array<[string, string]> = [];
	const add = (key: string, value: unknown) => {
		if (value === undefined) return;
		if (value === null) fields.push([key, '']);
		else if (Array.isArray(value)) value.forEach((entry) => add(`${key}[]`, entry));
		else if (typeof value === 'object') {
			for (const [name, entry] of Object.entries(value)) add(`${key}[${name}]`, entry);
		} else fields.push([key, String(value)]);
	};
	for (const [key, value] of Object.entries(body)) {
		if (asJson.includes(key) && value !== null && typeof value === 'object') {
			fields.push([key, JSON.stringify(value)]);
		} else add(key, value);
	}
	return fields;
}

// Header values must not break out of their quotes or line.
const quoted = (text: string) => text.replace(/[\r\n]/g, ' ').replace(/"/g, '%22');

/** A multipart/form-data body: fields first, then files, with a boundary no part contains. */
function multipartBody(
	fields: Array<[string, string]>,
	files: FilePart[],
): { body: Buffer; contentType: string } {
	const parts: Buffer[] = [];
	let boundary: string;
	do {
		boundary = `----n8nChatwoot${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
	} while (files.some((file) => file.data.includes(boundary)));
	for (const [name, value] of fields) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`,
			),
		);
	}
	for (const file of files) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(file.field)}"; filename="${quoted(file.fileName)}"\r\nContent-Type: ${quoted(file.mimeType)}\r\n\r\n`,
			),
			file.data,
			Buffer.from('\r\n'),
		);
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * A second preSend for operations that may upload files: when `files` finds some, the JSON
 * body the first preSend built goes out as multipart/form-data instead, files appended.
 */
export function multipartWhenFiles(
	files: (ctx: IExecuteSingleFunctions) => Promise<FilePart[]>,
	asJson: string[] = [],
) {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const found = await files(this);
		if (found.length === 0) return options;
		const { body, contentType } = multipartBody(
			formFields((options.body ?? {}) as IDataObject, asJson),
			found,
		);
		return {
			...options,
			body,
			json: false,
			headers: { ...(options.headers ?? {}), 'Content-Type': contentType },
		};
	};
}
