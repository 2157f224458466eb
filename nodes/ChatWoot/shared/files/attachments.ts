import {
	NodeApiError,
	type IBinaryData,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyRouting,
	type JsonObject,
} from 'n8n-workflow';
import { chatwootBaseUrl } from '../../../shared/api/baseUrl';
import { chatwootMessage } from '../../../shared/api/answers';
import { explainTransportError, isTimeout, withinTimeout } from '../../../shared/api/failures';
import type { Pagination } from '../send/pagination';
import { getOwnParameter, ownName } from '../declare/parameterNames';
import { transportOf } from '../../../shared/api/itemRequest';
import { invalid, number, text } from '../../../shared/fields/validators';
import { itemSlot } from '../../../shared/itemState';
import { discard, fetchFile, fileNameOf, header, lastPathSegment, MAX_REDIRECTS, mimeTypeOf, readAtMost, type FileTransport } from './fetchFile';

/**
 * Download Attachments: the files of the messages in the output (a message's `attachments`,
 * a conversation's `messages[].attachments`) go into the item's binary data. Only when the
 * option is on; otherwise not one extra request.
 */

const MB = 1024 * 1024;
// Chatwoot attachments whose data_url is a link, not a file (Attachment#push_event_data).
const NOT_FILES = ['location', 'fallback', 'contact'];

/** The option and its settings, for an operation declaration (which shows them). */
export function downloadFields(resource: string, what: string): INodeProperties[] {
	const downloadAttachments = ownName(resource, 'downloadAttachments');
	return [
		{
			displayName: 'Download Attachments',
			name: downloadAttachments,
			type: 'boolean',
			default: false,
			description: `Whether to put the files attached to ${what} into the binary data of the output item (attachment_0, attachment_1, ...). Each attachment then names its binary property in binary_property.`,
		},
		{
			displayName: 'Download Options',
			name: ownName(resource, 'downloadOptions'),
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show: { [downloadAttachments]: [true] } },
			options: [
				{
					displayName: 'Binary Property Prefix',
					name: 'binaryPropertyPrefix',
					type: 'string',
					default: 'attachment_',
					description:
						'Start of the binary property names; the number of the attachment follows, from 0',
				},
				{
					displayName: 'Max File Size (MB)',
					name: 'maxFileSize',
					type: 'number',
					default: 25,
					typeOptions: { minValue: 0.001, numberPrecision: 3 },
					description:
						'Larger files are not downloaded; their attachment gets a note in skipped instead',
				},
				{
					displayName: 'Max Total Size (MB)',
					name: 'maxTotalSize',
					type: 'number',
					default: 100,
					typeOptions: { minValue: 0.001, numberPrecision: 3 },
					description:
						'The most all files of one input item may take together (they are held in memory). A file that would go over it is not downloaded; its attachment gets a note in skipped instead.',
				},
			],
		},
	];
}

interface DownloadSettings extends FileTransport {
	prefix: string;
	maxBytes: number;
	maxMb: number;
	maxTotalBytes: number;
	maxTotalMb: number;
}

const downloadSettings = itemSlot<DownloadSettings>('download settings');

function settingsFor(ctx: object): DownloadSettings | undefined {
	return downloadSettings.get(ctx);
}

/**
 * preSend: checks the download options before the request goes out, and keeps them (with
 * the request's proxy, timeout and SSL settings) for the downloads after it.
 */
async function prepareDownloads(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	downloadSettings.clear(this);
	if (getOwnParameter(this, 'downloadAttachments', false) !== true) return options;
	const chosen = getOwnParameter(this, 'downloadOptions', {}) as IDataObject;
	const prefix =
		chosen.binaryPropertyPrefix === undefined
			? 'attachment_'
			: text(chosen.binaryPropertyPrefix, 'Binary Property Prefix', this).trim();
	if (prefix === '') throw invalid(this, 'Binary Property Prefix', 'cannot be empty');
	const megabytes = (value: unknown, fallback: number, label: string) => {
		const result = value === undefined ? fallback : number(value, label, this);
		if (result <= 0) throw invalid(this, label, `must be more than 0, got ${result}`);
		return result;
	};
	const maxMb = megabytes(chosen.maxFileSize, 25, 'Max File Size (MB)');
	const maxTotalMb = megabytes(chosen.maxTotalSize, 100, 'Max Total Size (MB)');
	const { settings: transport, allowedDomains } = transportOf(options);
	downloadSettings.set(this, {
		prefix,
		maxBytes: maxMb * MB,
		maxMb,
		maxTotalBytes: maxTotalMb * MB,
		maxTotalMb,
		transport,
		allowedDomains,
	});
	return options;
}

interface Found {
	attachment: IDataObject;
	/** The same attachment elsewhere in the item (a conversation lists its last message twice). */
	copies: IDataObject[];
	messageId: unknown;
}

const isObject = (value: unknown): value is IDataObject =>
	!!value && typeof value === 'object' && !Array.isArray(value);

/** Attachments of a message item, or of the messages a conversation item carries. */
function attachmentsOf(json: IDataObject): Found[] {
	const messages = [
		json,
		...(Array.isArray(json.messages) ? json.messages : []),
		json.last_non_activity_message,
	].filter(isObject);
	const found = new Map<string, Found>();
	for (const message of messages) {
		if (!Array.isArray(message.attachments)) continue;
		for (const attachment of message.attachments.filter(isObject)) {
			const key = attachment.id !== undefined ? `id:${String(attachment.id)}` : `url:${String(attachment.data_url)}`;
			const known = found.get(key);
			if (known) known.copies.push(attachment);
			else found.set(key, { attachment, copies: [attachment], messageId: attachment.message_id ?? message.id });
		}
	}
	return [...found.values()];
}

function downloadError(
	ctx: IExecuteSingleFunctions,
	found: Found,
	url: string,
	problem: string,
	cause: JsonObject,
	httpCode?: number,
	description = `GET ${url} failed. The file may have been deleted in Chatwoot, or its link may have expired. Turn off Download Attachments to get the messages without their files.`,
): NodeApiError {
	const id = found.attachment.id === undefined ? '' : ` ${String(found.attachment.id)}`;
	const name = typeof found.attachment.file_name === 'string' && found.attachment.file_name ? found.attachment.file_name : lastPathSegment(url);
	const message = `Could not download attachment${id}${name ? ` (${name})` : ''}${found.messageId === undefined ? '' : ` of message ${String(found.messageId)}`}: ${problem}`;
	const error = new NodeApiError(ctx.getNode(), cause, {
		message,
		description,
		httpCode: httpCode === undefined ? undefined : String(httpCode),
		itemIndex: ctx.getItemIndex(),
	});
	// NodeApiError swaps the message of a known cause (a timeout) for n8n's generic one; keep ours
	error.message = message;
	return error;
}

/**
 * One attachment: its binary data and size, or why it was skipped. `room` is what is left of
 * Max Total Size for the item.
 */
async function download(
	ctx: IExecuteSingleFunctions,
	found: Found,
	settings: DownloadSettings,
	baseUrl: string,
	room: number,
): Promise<{ binary?: IBinaryData; size?: number; skipped?: string }> {
	const { attachment } = found;
	const tooLarge = { skipped: `larger than ${settings.maxMb} MB` };
	const overTotal = { skipped: `over the total of ${settings.maxTotalMb} MB for this item` };
	/** Why a file of `bytes` is not downloaded, if it is not. */
	const tooMuch = (bytes: number) => (bytes > settings.maxBytes ? tooLarge : bytes > room ? overTotal : undefined);
	if (typeof attachment.file_type === 'string' && NOT_FILES.includes(attachment.file_type)) {
		return { skipped: `not a file (${attachment.file_type})` };
	}
	const size = Number(attachment.file_size);
	if (attachment.file_size !== null && Number.isFinite(size) && tooMuch(size)) return tooMuch(size)!;

	const url = new URL(String(attachment.data_url), `${baseUrl}/`).href;
	let response: IN8nHttpFullResponse;
	try {
		response = await fetchFile(ctx, url, baseUrl, settings);
	} catch (error) {
		if (isTimeout(error)) {
			throw downloadError(
				ctx,
				found,
				url,
				`no answer ${withinTimeout(settings.transport.timeout)}`,
				{},
				undefined,
				`GET ${url} got no answer before the node's timeout (Settings > Request Options > Timeout). Raise the timeout, or turn off Download Attachments to get the messages without their files.`,
			);
		}
		// in the words of every other request that got no answer; the raw error stays out
		const explained = explainTransportError(
			ctx,
			error,
			{ baseURL: url, timeout: settings.transport.timeout },
			{ method: 'GET', url: new URL(url).pathname, ids: [] },
		);
		throw downloadError(ctx, found, url, (explained as Error).message, {} as JsonObject);
	}
	if (response.statusCode >= 300) {
		const body = await readAtMost(response.body, 4096);
		let said = chatwootMessage(body?.toString('utf8'));
		if (response.statusCode < 400) said = `more than ${MAX_REDIRECTS} redirects`;
		if (said === response.statusMessage) said = undefined;
		const status = `${response.statusCode}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
		throw downloadError(
			ctx,
			found,
			url,
			`the server answered ${status}${said ? ` (${said})` : ''}`,
			{},
			response.statusCode,
		);
	}
	const length = Number(header(response, 'content-length'));
	if (Number.isFinite(length) && tooMuch(length)) {
		discard(response.body);
		return tooMuch(length)!;
	}
	const limit = Math.min(settings.maxBytes, room);
	const data = await readAtMost(response.body, limit);
	if (!data) return limit < settings.maxBytes ? overTotal : tooLarge;
	const fileName = fileNameOf(attachment, url, response);
	return {
		binary: await ctx.helpers.prepareBinaryData(data, fileName, mimeTypeOf(response, fileName)),
		size: data.length,
	};
}

/**
 * Downloads the attachments of the items (after the Limit cut, so no file of a dropped
 * message is fetched). Files go to `<prefix><n>`; each attachment gets `binary_property`,
 * or `skipped` with the reason.
 */
async function downloadAll(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const settings = settingsFor(this);
	if (!settings) return items;
	let baseUrl: string | undefined;
	let room = settings.maxTotalBytes;
	for (const item of items) {
		const attachments = attachmentsOf(item.json).filter(
			({ attachment }) => typeof attachment.data_url === 'string' && attachment.data_url !== '',
		);
		for (const [index, found] of attachments.entries()) {
			baseUrl ??= await chatwootBaseUrl(this);
			const { binary, size = 0, skipped } = await download(this, found, settings, baseUrl, room);
			room -= size;
			const note: IDataObject = {};
			if (binary) {
				const property = `${settings.prefix}${index}`;
				item.binary = { ...(item.binary ?? {}), [property]: binary };
				note.binary_property = property;
			} else {
				note.skipped = skipped;
			}
			for (const copy of found.copies) Object.assign(copy, note);
		}
	}
	return items;
}

/**
 * Adds Download Attachments to an operation's routing: the options are checked before the
 * request; the files are fetched after the last page (lists) or after the answer (single
 * records).
 */
export function withAttachmentDownloads(routing: INodePropertyRouting): INodePropertyRouting {
	routing.send!.preSend!.push(prepareDownloads);
	const pagination = routing.operations?.pagination;
	if (typeof pagination === 'function') {
		const pages = pagination as Pagination;
		routing.operations!.pagination = async function (this: IExecutePaginationFunctions, requestData) {
			return await downloadAll.call(this, await pages.call(this, requestData));
		};
	} else {
		routing.output!.postReceive!.push(downloadAll);
	}
	return routing;
}
