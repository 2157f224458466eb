/**
 * Files: messages sent with attachments, and Download Attachments on Message > Get Many,
 * Conversation > Get and Client API: Message > Get Many, through n8n-core's engine against
 * the fake (which keeps the bytes and serves them at each attachment's data_url).
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IBinaryData, IDataObject } from 'n8n-workflow';
import { runNode } from '../helpers/engine';
import { byId, runner, summary, TOKENS, userCredential, useFakeChatwoot } from '../helpers/fake';

/* eslint-disable @typescript-eslint/no-require-imports */
const { addMessage } = require('../../dev/fake-chatwoot/seed');
const handlers = require('../../dev/fake-chatwoot/handlers').byOperation as Record<string, (ctx: any) => any>;
/* eslint-enable @typescript-eslint/no-require-imports */

const ctx = useFakeChatwoot();

// Conversation 1 (display id) of the demo data: messages 4, 5 and 6 (6 is a private note).
const conversation = byId(1);
const MESSAGES = '/api/v1/accounts/1/conversations/1/messages';
const DOWNLOAD = /^\/rails\/active_storage\/blobs\/redirect\/[0-9a-f]+\//;

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x2d, 0x2d, 0x0d, 0x0a]);
const pdf = Buffer.from('%PDF-1.4\r\n--not a boundary--\r\n%%EOF');
// 3 KB: over a limit of 0.002 MB (2097 bytes)
const large = Buffer.alloc(3000, 0x61);

const file = (data: Buffer, fileName: string, mimeType: string): IBinaryData => ({ data: data.toString('base64'), fileName, mimeType });

const run = runner(ctx);

/** Message > Create in conversation 1 with the given files; the fake's request log is cleared after. */
async function sendFiles(files: Record<string, IBinaryData>, content = 'Files for you') {
	const { items } = await run(
		{ resource: 'message', operation: 'create', messageConversation: conversation, messageContent: content, messageAdditionalFields: { attachments: Object.keys(files).join(', ') } },
		[{ json: {}, binary: files }],
	);
	ctx.fake.requests.length = 0;
	return items[0].json as IDataObject & { id: number; attachments: IDataObject[] };
}

/** The bytes of a binary property as the engine keeps it (in memory: base64 `data`). */
function bytes(binary: IBinaryData | undefined): Buffer {
	expect(binary).toBeDefined();
	expect(binary!.id).toBeUndefined();
	return Buffer.from(binary!.data, 'base64');
}

const downloads = () => ctx.fake.requests.filter((r) => DOWNLOAD.test(r.path));

/** Runs `work` against a Chatwoot that gives no file_size (older versions). */
async function withoutFileSize(work: () => Promise<void>) {
	const original = handlers['list-all-messages'];
	handlers['list-all-messages'] = (fakeCtx: unknown) => {
		const answer = original(fakeCtx);
		for (const message of answer.body.payload) for (const a of message.attachments ?? []) delete a.file_size;
		return answer;
	};
	try {
		await work();
	} finally {
		handlers['list-all-messages'] = original;
	}
}

describe('Message > Get Many with Download Attachments', () => {
	test('the file of a message comes back as binary data with its name and type', async () => {
		const sent = await sendFiles({ data: file(png, 'logo.png', 'image/png') });
		const { items } = await run({ resource: 'message', operation: 'getAll', messageConversation: conversation, messageReturnAll: true, messageDownloadAttachments: true });

		expect(items.map((i) => i.json.id)).toEqual([4, 5, 6, sent.id]);
		const [withFile] = items.filter((i) => i.json.id === sent.id);
		expect(Object.keys(withFile.binary ?? {})).toEqual(['attachment_0']);
		expect(bytes(withFile.binary!.attachment_0)).toEqual(png);
		expect(withFile.binary!.attachment_0).toMatchObject({ fileName: 'logo.png', mimeType: 'image/png', fileExtension: 'png' });
		expect(withFile.json.attachments).toEqual([expect.objectContaining({ file_type: 'image', binary_property: 'attachment_0' })]);
		// messages without files are left as they are
		expect(items.filter((i) => i.binary).map((i) => i.json.id)).toEqual([sent.id]);

		// the list (two pages: nothing older than message 4), then the file at its data_url
		const dataUrl = new URL(String(sent.attachments[0].data_url));
		expect(dataUrl.origin).toBe(ctx.fake.url);
		expect(ctx.fake.requests.map(summary)).toEqual([
			expect.objectContaining({ method: 'GET', path: MESSAGES, query: {} }),
			expect.objectContaining({ method: 'GET', path: MESSAGES, query: { before: '4' } }),
			expect.objectContaining({ method: 'GET', path: dataUrl.pathname, query: {}, status: 200 }),
		]);
		// on the Chatwoot host the request carries the credential's token
		expect(downloads()[0].headers['api-access-token']).toBe(TOKENS.user);
	});

	test('two files of one message, under a chosen prefix', async () => {
		const sent = await sendFiles({ data: file(png, 'logo.png', 'image/png'), invoice: file(pdf, 'invoice March.pdf', 'application/pdf') }, '');
		const { items } = await run({
			resource: 'message',
			operation: 'getAll',
			messageConversation: conversation,
			messageReturnAll: false,
			messageLimit: 1,
			messageDownloadAttachments: true,
			messageDownloadOptions: { binaryPropertyPrefix: 'file_' },
		});
		expect(items).toHaveLength(1);
		expect(items[0].json.id).toBe(sent.id);
		expect(items[0].binary).toEqual({
			file_0: expect.objectContaining({ fileName: 'logo.png', mimeType: 'image/png' }),
			file_1: expect.objectContaining({ fileName: 'invoice March.pdf', mimeType: 'application/pdf' }),
		});
		expect(bytes(items[0].binary!.file_0)).toEqual(png);
		expect(bytes(items[0].binary!.file_1)).toEqual(pdf);
		expect((items[0].json.attachments as IDataObject[]).map((a) => a.binary_property)).toEqual(['file_0', 'file_1']);
		expect(downloads()).toHaveLength(2);
	});

	test('only the files of the messages kept by Limit are downloaded', async () => {
		await sendFiles({ data: file(png, 'old.png', 'image/png') });
		const c = ctx.fake.state.conversations.find((x) => x.display_id === 1)!;
		for (let i = 1; i <= 25; i++) addMessage(ctx.fake.state, c, { message_type: 'incoming', content: `m${i}` }, new Date());
		const latest = await sendFiles({ data: file(pdf, 'new.pdf', 'application/pdf') });

		const { items } = await run({ resource: 'message', operation: 'getAll', messageConversation: conversation, messageReturnAll: false, messageLimit: 3, messageDownloadAttachments: true });
		expect(items.map((i) => i.json.content)).toEqual(['m24', 'm25', 'Files for you']);
		expect(items[2].json.id).toBe(latest.id);
		expect(bytes(items[2].binary!.attachment_0)).toEqual(pdf);
		// one page of 20 was read; its files: only the one of the last message
		expect(downloads().map((r) => decodeURIComponent(r.path.split('/').pop()!))).toEqual(['new.pdf']);
	});

	test('a file over Max File Size is skipped with a note; the others are downloaded', async () => {
		const sent = await sendFiles({ data: file(png, 'logo.png', 'image/png'), big: file(large, 'big.txt', 'text/plain') });
		const { items } = await run({
			resource: 'message',
			operation: 'getAll',
			messageConversation: conversation,
			messageReturnAll: true,
			messageDownloadAttachments: true,
			messageDownloadOptions: { maxFileSize: 0.002 },
		});
		const [withFiles] = items.filter((i) => i.json.id === sent.id);
		expect(Object.keys(withFiles.binary!)).toEqual(['attachment_0']);
		expect(bytes(withFiles.binary!.attachment_0)).toEqual(png);
		expect(withFiles.json.attachments).toEqual([
			expect.objectContaining({ binary_property: 'attachment_0' }),
			expect.objectContaining({ file_size: 3000, skipped: 'larger than 0.002 MB' }),
		]);
		// Chatwoot gives file_size: the large file is not even requested
		expect(downloads()).toHaveLength(1);
	});

	test('without file_size (older Chatwoot) the size limit is decided from the download', async () => {
		const sent = await sendFiles({ big: file(large, 'big.txt', 'text/plain'), data: file(png, 'logo.png', 'image/png') });
		await withoutFileSize(async () => {
			const { items } = await run({
				resource: 'message',
				operation: 'getAll',
				messageConversation: conversation,
				messageReturnAll: false,
				messageLimit: 1,
				messageDownloadAttachments: true,
				messageDownloadOptions: { maxFileSize: 0.002 },
			});
			expect(items[0].json.id).toBe(sent.id);
			expect(items[0].json.attachments).toEqual([
				expect.objectContaining({ skipped: 'larger than 0.002 MB' }),
				expect.objectContaining({ binary_property: 'attachment_1' }),
			]);
			expect(Object.keys(items[0].binary!)).toEqual(['attachment_1']);
			expect(bytes(items[0].binary!.attachment_1)).toEqual(png);
			expect(downloads()).toHaveLength(2);
		});
	});

	test('with the option off: no download request, no binary data', async () => {
		const sent = await sendFiles({ data: file(png, 'logo.png', 'image/png') });
		const { items } = await run({ resource: 'message', operation: 'getAll', messageConversation: conversation, messageReturnAll: true });
		expect(ctx.fake.requests.map((r) => r.path)).toEqual([MESSAGES, MESSAGES]);
		expect(items.every((i) => i.binary === undefined)).toBe(true);
		const [withFile] = items.filter((i) => i.json.id === sent.id);
		expect(withFile.json.attachments).toEqual([expect.not.objectContaining({ binary_property: expect.anything() })]);
	});

	test('a data_url that answers 404 is an error naming the attachment and the message', async () => {
		const sent = await sendFiles({ data: file(png, 'logo.png', 'image/png') });
		ctx.fake.state.attachments[0].key = 'gone'; // the stored file is no longer at its data_url
		const { error, items } = await runNode({
			parameters: { resource: 'message', operation: 'getAll', messageConversation: conversation, messageReturnAll: false, messageLimit: 1, messageDownloadAttachments: true } as never,
			credential: userCredential(ctx.fake),
		});
		expect(items).toEqual([]);
		const attachmentId = sent.attachments[0].id;
		expect(error?.message).toBe(`Could not download attachment ${attachmentId} (logo.png) of message ${sent.id}: the server answered 404 Not Found`);
		expect(error?.description).toBe(
			`GET ${sent.attachments[0].data_url} failed. The file may have been deleted in Chatwoot, or its link may have expired. Turn off Download Attachments to get the messages without their files.`,
		);
		expect(error?.httpCode).toBe('404');
		expect(downloads().map((r) => r.status)).toEqual([404]);
	});

	test('Max Total Size (MB): a file that would go over the total of the item is skipped with a note; smaller ones after it still fit', async () => {
		const sent = await sendFiles({ data: file(png, 'logo.png', 'image/png'), big: file(large, 'big.txt', 'text/plain'), invoice: file(pdf, 'invoice.pdf', 'application/pdf') });
		const { items } = await run({
			resource: 'message',
			operation: 'getAll',
			messageConversation: conversation,
			messageReturnAll: false,
			messageLimit: 1,
			messageDownloadAttachments: true,
			messageDownloadOptions: { maxTotalSize: 0.002 },
		});
		expect(items[0].json.id).toBe(sent.id);
		expect(items[0].json.attachments).toEqual([
			expect.objectContaining({ binary_property: 'attachment_0' }),
			expect.objectContaining({ file_size: 3000, skipped: 'over the total of 0.002 MB for this item' }),
			expect.objectContaining({ binary_property: 'attachment_2' }),
		]);
		expect(bytes(items[0].binary!.attachment_0)).toEqual(png);
		expect(bytes(items[0].binary!.attachment_2)).toEqual(pdf);
		// Chatwoot gives file_size: the file that does not fit is not even requested
		expect(downloads()).toHaveLength(2);
	});

	test('Max Total Size counts every message of the item; without file_size the download is stopped when it goes over', async () => {
		await sendFiles({ big: file(large, 'big.txt', 'text/plain') });
		const second = await sendFiles({ big: file(large, 'big2.txt', 'text/plain') });
		await withoutFileSize(async () => {
			const { items } = await run({
				resource: 'message',
				operation: 'getAll',
				messageConversation: conversation,
				messageReturnAll: false,
				messageLimit: 2,
				messageDownloadAttachments: true,
				messageDownloadOptions: { maxTotalSize: 0.005 },
			});
			expect(items.map((i) => (i.json.attachments as IDataObject[])[0])).toEqual([
				expect.objectContaining({ binary_property: 'attachment_0' }),
				expect.objectContaining({ skipped: 'over the total of 0.005 MB for this item' }),
			]);
			expect(items[1].json.id).toBe(second.id);
			expect(items[1].binary).toBeUndefined();
			expect(downloads()).toHaveLength(2);
		});
	});

	test('a download that times out is an error naming the attachment, the message and the address', async () => {
		const sent = await sendFiles({ data: file(png, 'logo.png', 'image/png') });
		ctx.fake.setFault({ delayMs: 1500, match: { path: DOWNLOAD } });
		const { error } = await runNode({
			parameters: { resource: 'message', operation: 'getAll', messageConversation: conversation, messageReturnAll: false, messageLimit: 1, messageDownloadAttachments: true, requestOptions: { timeout: 300 } } as never,
			credential: userCredential(ctx.fake),
		});
		const attachmentId = sent.attachments[0].id;
		expect(error?.message).toBe(`Could not download attachment ${attachmentId} (logo.png) of message ${sent.id}: no answer within 300 ms`);
		expect(error?.description).toBe(
			`GET ${sent.attachments[0].data_url} got no answer before the node's timeout (Settings > Request Options > Timeout). Raise the timeout, or turn off Download Attachments to get the messages without their files.`,
		);
	});

	test.each([
		['an empty Binary Property Prefix', { binaryPropertyPrefix: ' ' }, 'Binary Property Prefix: cannot be empty'],
		['a Max File Size of 0', { maxFileSize: 0 }, 'Max File Size (MB): must be more than 0, got 0'],
		['a Max Total Size of 0', { maxTotalSize: 0 }, 'Max Total Size (MB): must be more than 0, got 0'],
	])('bad download options fail before any request: %s', async (_name, downloadOptions, message) => {
		const { error } = await runNode({
			parameters: { resource: 'message', operation: 'getAll', messageConversation: conversation, messageReturnAll: true, messageDownloadAttachments: true, messageDownloadOptions: downloadOptions } as never,
			credential: userCredential(ctx.fake),
		});
		expect(error?.message).toBe(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('redirects to the storage service', () => {
	let storage: http.Server;
	let storageUrl: string;
	const seen: http.IncomingHttpHeaders[] = [];
	let serve: (res: http.ServerResponse) => void;
	beforeEach(() => {
		seen.length = 0;
		serve = (res) => {
			res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': 'attachment; filename="x"; filename*=UTF-8\'\'r%C3%A9sum%C3%A9.pdf' });
			res.end(pdf);
		};
	});
	beforeAll(async () => {
		storage = http.createServer((req, res) => {
			seen.push(req.headers);
			serve(res);
		});
		await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve));
		storageUrl = `http://127.0.0.1:${(storage.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise((resolve) => storage.close(resolve));
	});

	/** Like ActiveStorage with S3: the blob route redirects to a signed URL on another host. */
	function redirectToStorage() {
		const original = handlers['fake-attachment-download'];
		handlers['fake-attachment-download'] = () => ({ status: 302, body: {}, headers: { Location: `${storageUrl}/bucket/a1b2c3?signature=xyz` } });
		return () => {
			handlers['fake-attachment-download'] = original;
		};
	}

	test('are followed without the API token (another host); name from Content-Disposition', async () => {
		await sendFiles({ data: file(pdf, 'cv.pdf', 'application/pdf') });
		const restore = redirectToStorage();
		try {
			const { items } = await run({ resource: 'message', operation: 'getAll', messageConversation: conversation, messageReturnAll: false, messageLimit: 1, messageDownloadAttachments: true });
			expect(bytes(items[0].binary!.attachment_0)).toEqual(pdf);
			// octet-stream from the storage: the type follows the file name
			expect(items[0].binary!.attachment_0).toMatchObject({ fileName: 'résumé.pdf', mimeType: 'application/pdf' });
			expect(downloads()).toHaveLength(1);
			expect(downloads()[0].headers['api-access-token']).toBe(TOKENS.user);
			expect(seen).toHaveLength(1);
			expect(seen[0]['api-access-token']).toBeUndefined();
			expect(seen[0].authorization).toBeUndefined();
		} finally {
			restore();
		}
	});

	test('a body larger than Max File Size without Content-Length stops the download', async () => {
		const sent = await sendFiles({ data: file(pdf, 'cv.pdf', 'application/pdf') });
		serve = (res) => {
			// chunked: the size shows only while reading
			res.writeHead(200, { 'Content-Type': 'application/pdf' });
			for (let i = 0; i < 10; i++) res.write(large);
			res.end();
		};
		const restore = redirectToStorage();
		try {
			const { items } = await run({
				resource: 'message',
				operation: 'getAll',
				messageConversation: conversation,
				messageReturnAll: false,
				messageLimit: 1,
				messageDownloadAttachments: true,
				messageDownloadOptions: { maxFileSize: 0.002 },
			});
			expect(items[0].json.id).toBe(sent.id);
			expect(items[0].binary).toBeUndefined();
			expect(items[0].json.attachments).toEqual([expect.objectContaining({ file_size: pdf.length, skipped: 'larger than 0.002 MB' })]);
			expect(seen).toHaveLength(1);
		} finally {
			restore();
		}
	});
});

describe('Conversation > Get with Download Attachments', () => {
	test("the files of the conversation's latest message, downloaded once", async () => {
		const sent = await sendFiles({ data: file(png, 'logo.png', 'image/png') });
		const { items } = await run({ resource: 'conversation', operation: 'get', conversation, conversationDownloadAttachments: true });
		expect(items).toHaveLength(1);
		const json = items[0].json as IDataObject & { messages: IDataObject[]; last_non_activity_message: IDataObject };
		expect(json.messages.map((m) => m.id)).toEqual([sent.id]);
		expect(json.last_non_activity_message.id).toBe(sent.id);
		expect(bytes(items[0].binary!.attachment_0)).toEqual(png);
		expect(Object.keys(items[0].binary!)).toEqual(['attachment_0']);
		// the same message twice in the answer: one download, both copies say where the file is
		expect(json.messages[0].attachments).toEqual([expect.objectContaining({ binary_property: 'attachment_0' })]);
		expect(json.last_non_activity_message.attachments).toEqual([expect.objectContaining({ binary_property: 'attachment_0' })]);
		expect(ctx.fake.requests.map((r) => r.path)).toEqual(['/api/v1/accounts/1/conversations/1', expect.stringMatching(DOWNLOAD)]);
	});

	test('a latest message without files: no download', async () => {
		const { items } = await run({ resource: 'conversation', operation: 'get', conversation, conversationDownloadAttachments: true });
		expect(items[0].binary).toBeUndefined();
		expect(ctx.fake.requests).toHaveLength(1);
	});
});

describe('Client API: Message with attachments', () => {
	const INBOX = 'acme-api-inbox';
	const JANE = 'jane-api-source';
	const CLIENT_MESSAGES = `/public/api/v1/inboxes/${INBOX}/contacts/${JANE}/conversations/1/messages`;
	const client = { resource: 'clientMessage', clientMessageInboxIdentifier: INBOX, clientMessageContactIdentifier: JANE, clientMessageConversationId: 1 };

	test('Create sends the files as multipart; Get Many downloads them', async () => {
		const created = await run(
			{ ...client, operation: 'create', clientMessageContent: 'My receipt', clientMessageAdditionalFields: { attachments: 'receipt', echo_id: 'tmp-7' } },
			[{ json: {}, binary: { receipt: file(pdf, 'receipt.pdf', 'application/pdf') } }],
		);
		const [received] = ctx.fake.requests;
		expect(received.path).toBe(CLIENT_MESSAGES);
		expect(received.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(received.body).toEqual({
			fields: { content: 'My receipt', echo_id: 'tmp-7' },
			files: [{ field: 'attachments[]', filename: 'receipt.pdf', mimeType: 'application/pdf', data: pdf }],
		});
		expect(created.items[0].json).toMatchObject({ content: 'My receipt', message_type: 0, attachments: [expect.objectContaining({ file_type: 'file' })] });

		ctx.fake.requests.length = 0;
		const { items } = await run({ ...client, operation: 'getAll', clientMessageReturnAll: false, clientMessageLimit: 1, clientMessageDownloadAttachments: true });
		expect(items).toHaveLength(1);
		expect(bytes(items[0].binary!.attachment_0)).toEqual(pdf);
		expect(items[0].binary!.attachment_0).toMatchObject({ fileName: 'receipt.pdf', mimeType: 'application/pdf' });
		expect(ctx.fake.requests.map((r) => r.path)).toEqual([CLIENT_MESSAGES, expect.stringMatching(DOWNLOAD)]);
	});

	test('Create with a file and no content', async () => {
		await run({ ...client, operation: 'create', clientMessageContent: '', clientMessageAdditionalFields: { attachments: 'data' } }, [
			{ json: {}, binary: { data: file(png, 'photo.png', 'image/png') } },
		]);
		expect(ctx.fake.requests[0].body).toEqual({ fields: {}, files: [{ field: 'attachments[]', filename: 'photo.png', mimeType: 'image/png', data: png }] });
		expect(ctx.fake.state.attachments.map((a) => a.data)).toEqual([png]);
	});

	test('Create without content and without attachments fails before any request', async () => {
		const { error } = await runNode({ parameters: { ...client, operation: 'create', clientMessageContent: '' } as never, credential: userCredential(ctx.fake) });
		expect(error?.message).toBe('Content: is required and cannot be empty (unless the message has Attachments)');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
