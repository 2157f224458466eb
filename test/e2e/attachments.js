'use strict';
/**
 * Issue 5: a file through n8n and Chatwoot and back. Manual Trigger → Edit Fields (a base64
 * string of random bytes) → Convert to File ("Move Base64 String to File": the exact bytes,
 * no text encoding in the way) → ChatWoot Message > Create (Attachments = that binary
 * property: a multipart upload) → ChatWoot Message > Get Many (Return All, Download
 * Attachments). The bytes the fake stored and the bytes n8n holds for the downloaded
 * attachment (read back through the editor's binary-data download, as n8n 2.x keeps binary
 * data on disk) must both equal the original.
 *
 * Runs only when the package has the option: nodes/ChatWoot/shared/files/attachments.ts exists and
 * the Message > Get Many description n8n serves has Download Attachments. Otherwise: SKIP.
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { isDeepStrictEqual } = require('node:util');
const n8n = require('../../scripts/lib/n8n');
const { byId, chatwoot, inSequence, manualTrigger, node, workflow, NODE_TYPE } = require('./workflows');
const { items, runError } = require('./server');

const ID = n8n.n8nId('e2e-attachments');
const CONVERSATION = 2;
const FILE_NAME = 'e2e-bytes.bin';
// All 256 byte values (NUL, invalid UTF-8...) and some random ones.
const BYTES = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), crypto.randomBytes(1024)]);

function workflows(env) {
	const cred = env.credentials.user;
	env.attachments = { content: `A file for you (${crypto.randomBytes(3).toString('hex')})` };
	return [
		workflow(ID, 'e2e: file → message → download', [
			manualTrigger(),
			node('Bytes', 'n8n-nodes-base.set', 3.4, {
				mode: 'manual',
				assignments: { assignments: [{ id: crypto.randomUUID(), name: 'fileBase64', value: BYTES.toString('base64'), type: 'string' }] },
				options: {},
			}),
			node('To File', 'n8n-nodes-base.convertToFile', 1.1, {
				operation: 'toBinary',
				sourceProperty: 'fileBase64',
				binaryPropertyName: 'data',
				options: { fileName: FILE_NAME, mimeType: 'application/octet-stream' },
			}),
			chatwoot('Post File', cred, {
				resource: 'message',
				operation: 'create',
				messageConversation: byId(CONVERSATION),
				messageContent: env.attachments.content,
				messageAdditionalFields: { attachments: 'data' },
			}),
			chatwoot('Get With Files', cred, {
				resource: 'message',
				operation: 'getAll',
				messageConversation: byId(CONVERSATION),
				messageReturnAll: true,
				messageDownloadAttachments: true,
			}),
		], inSequence(['Start', 'Bytes', 'To File', 'Post File', 'Get With Files'])),
	];
}

/** Why the part cannot run, or undefined when the package has the option. */
function unavailable(env) {
	const source = path.join(n8n.ROOT, 'nodes', 'ChatWoot', 'shared', 'files', 'attachments.ts');
	if (!fs.existsSync(source)) return 'nodes/ChatWoot/shared/files/attachments.ts does not exist';
	if (!env.nodeTypes) throw new Error('GET /types/nodes.json gave no list of node types: cannot tell whether the option is there');
	const description = env.nodeTypes.find((d) => d.name === NODE_TYPE);
	const option = description?.properties.find(
		(p) => p.name === 'messageDownloadAttachments' && p.displayOptions?.show?.resource?.includes('message') && p.displayOptions?.show?.operation?.includes('getAll'),
	);
	if (!option) return 'the Message > Get Many description n8n loaded has no Download Attachments option';
	return undefined;
}

async function checks(env, t) {
	const why = unavailable(env);
	if (why) {
		t.skip('attachments', why);
		return;
	}
	const { fake, api } = env;
	const { content } = env.attachments;
	const from = fake.requests.length;
	t.progress('attachments: running the workflow (REST manual run)');
	const execution = await api.tryRunManually(ID, { triggerToStartFrom: { name: 'Start' } });
	const requests = fake.requests.slice(from);
	const data = execution.data;
	const message = fake.state.messages.find((m) => m.content === content);
	const stored = message ? fake.state.attachments.filter((a) => a.message_id === message.id) : [];

	await t.check('attachments: the workflow runs to the end without error', () => {
		t.expect(execution.status === 'success', `status ${execution.status}: ${runError(data)}`);
		return `execution ${execution.id}`;
	});

	await t.check('attachments: Message Create uploads the file as multipart; the fake stores exactly the original bytes', async () => {
		t.expect(message, 'the fake holds no message with the content');
		const upload = requests[0];
		t.expect(upload && upload.method === 'POST' && upload.path === `/api/v1/accounts/1/conversations/${CONVERSATION}/messages`, `first request ${upload?.method} ${upload?.path}`);
		t.expect(String(upload.headers['content-type']).startsWith('multipart/form-data'), `content-type ${upload.headers['content-type']}`);
		t.expect(upload.body?.fields?.content === content, `fields ${JSON.stringify(upload.body?.fields)}`);
		const files = upload.body?.files || [];
		t.expect(files.length === 1 && files[0].field === 'attachments[]' && files[0].filename === FILE_NAME, `files ${JSON.stringify(files.map((f) => [f.field, f.filename, f.mimeType]))}`);
		t.expect(stored.length === 1, `${stored.length} attachments stored`);
		t.expect(Buffer.from(stored[0].data).equals(BYTES), `stored ${stored[0].data?.length} bytes, not the original ${BYTES.length}`);
		// The file Convert to File made is the one we think (the run data through n8n's download).
		const made = items(data, 'To File')[0]?.binary?.data;
		t.expect(made && (await api.binary(made)).equals(BYTES), 'the file Convert to File made is not the original bytes');
		return `${BYTES.length} bytes, attachment ${stored[0].id}`;
	});

	await t.check('attachments: Get Many with Download Attachments downloads the file: the binary n8n holds equals the original', async () => {
		t.expect(message && stored.length === 1, 'nothing was uploaded');
		const out = items(data, 'Get With Files');
		const item = out.find((i) => i.json.id === message.id);
		t.expect(item, `no output item for message ${message.id} (items ${out.map((i) => i.json.id)})`);
		const noted = item.json.attachments?.[0];
		t.expect(noted?.id === stored[0].id && noted.binary_property === 'attachment_0', `the item's attachment ${JSON.stringify(noted)}`);
		const binary = item.binary?.attachment_0;
		t.expect(binary, `binary properties: ${Object.keys(item.binary || {}).join(', ') || 'none'}`);
		t.expect(binary.fileName === FILE_NAME, `file name ${binary.fileName}`);
		const bytes = await api.binary(binary);
		t.expect(bytes.equals(BYTES), `downloaded ${bytes.length} bytes that differ from the original ${BYTES.length}`);
		const others = out.filter((i) => i !== item && i.binary && Object.keys(i.binary).length);
		t.expect(others.length === 0, `other items got binary data: ${others.map((i) => i.json.id)}`);
		const downloads = requests.filter((r) => r.path.startsWith('/rails/active_storage/'));
		t.expect(downloads.length === 1 && downloads[0].status === 200, `downloads ${JSON.stringify(downloads.map((r) => [r.path, r.status]))}`);
		return `${bytes.length} bytes equal, from ${downloads[0].path}`;
	});

	await t.check('attachments: the requests were exactly upload, the message pages, one file download', () => {
		const conv = `/api/v1/accounts/1/conversations/${CONVERSATION}/messages`;
		const got = requests.map((r) => [r.method, r.path]);
		const pages = got.slice(1, -1);
		t.expect(got.length >= 3 && isDeepStrictEqual(got[0], ['POST', conv]), `requests ${JSON.stringify(got)}`);
		t.expect(pages.length >= 1 && pages.every((p) => isDeepStrictEqual(p, ['GET', conv])), `pages ${JSON.stringify(pages)}`);
		t.expect(got[got.length - 1][0] === 'GET' && got[got.length - 1][1] === stored[0]?.path, `last request ${JSON.stringify(got[got.length - 1])}, file at ${stored[0]?.path}`);
		return got.map(([m, p]) => `${m} ${p}`).join(', ');
	});
}

module.exports = { title: 'attachments', workflows, checks };
