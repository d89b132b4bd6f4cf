import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, type TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { build } from '../helpers/build.js';
import { findInFiles } from '../helpers/files.js';
import { createIssue, listMessages, postForm, postNote, postReply, uploadAttachment } from '../helpers/factories.js';
import { tempDir } from '../helpers/process.js';

const pdf = (marker: string) => Buffer.from(`%PDF-1.7\n${marker}\n%%EOF\n`, 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** A server with its own blob folder, so what it stores can be looked for on disk. */
async function buildWithFolder(t: TestContext, env: Record<string, string> = {}) {
  const dir = tempDir(t);
  return { ...(await build(t, { env: { ATTACHMENT_DIR: dir, ...env } })), dir };
}

/** Every file in the blob folder (the store spreads them over subfolders). */
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((e) => (e.isFile() ? [e.name] : []));

/** A local HTTP server answering every request with `handler`. */
async function serveFiles(t: TestContext, handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Downloads an attachment URL, with a token or none; the raw answer (the bytes are not JSON). */
const download = (app: FastifyInstance, url: string, token?: string) =>
  app.inject({
    method: 'GET',
    url: new URL(url).pathname,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

test('upload → URL → reply with it → download the same bytes as an attachment', async (t) => {
  const { app, api, token, dir } = await buildWithFolder(t);
  const marker = `UPLOAD-${randomUUID()}`;
  const bytes = pdf(marker);
  // The client claims HTML: the type is told from the bytes, never taken from the client.
  const uploaded = await uploadAttachment(
    api,
    { filename: 'report.pdf', content: bytes, type: 'text/html' },
    { description: 'Q3 report' },
  );
  assert.equal(uploaded.name, 'report.pdf');
  assert.equal(uploaded.description, 'Q3 report');
  assert.match(uploaded.url, new RegExp(`/attachments/${uploaded.id}/report\\.pdf$`));
  assert.equal(findInFiles(dir, [marker]).length, 1, 'the bytes are in the blob folder');

  const issue = await createIssue(api);
  const reply = await postReply(api, issue.id, { attachment_urls: [uploaded.url] });
  const listed = (await listMessages(api, issue.id)).data.find((m) => m.id === reply.id);
  assert.deepEqual(listed.file_urls, [uploaded.url]);
  const row = await app.helpline.store.db
    .selectFrom('attachments')
    .selectAll()
    .where('id', '=', uploaded.id)
    .executeTakeFirstOrThrow();
  assert.equal(row.message_id, reply.id);
  assert.equal(row.content_type, 'application/pdf');
  assert.equal(Number(row.size), bytes.length);
  assert.equal(Buffer.from(row.content).length, 0, 'the bytes are not in the database');

  for (const withToken of [undefined, token]) {
    const res = await download(app, uploaded.url, withToken);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.rawPayload, bytes);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['content-disposition'], "attachment; filename*=UTF-8''report.pdf");
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  }
});

test('an upload used on a new issue or a note; deleting the message deletes its file', async (t) => {
  const { app, api, dir } = await buildWithFolder(t);
  const onIssue = await uploadAttachment(api, { filename: 'a.png', content: PNG, type: 'image/svg+xml' });
  const issue = await createIssue(api, { attachment_urls: [onIssue.url] });
  assert.deepEqual(issue.attachment_urls, [onIssue.url]);
  assert.equal((await download(app, onIssue.url)).headers['content-type'], 'image/png');

  const marker = `NOTE-FILE-${randomUUID()}`;
  const onNote = await uploadAttachment(api, { filename: 'notes.txt', content: Buffer.from(`${marker}\n`) });
  const note = await postNote(api, issue.id, { attachment_urls: [onNote.url, onNote.url] });
  assert.equal((await download(app, onNote.url)).headers['content-type'], 'text/plain; charset=utf-8');
  assert.equal(findInFiles(dir, [marker]).length, 1);

  assert.equal((await api.delete(`/issues/${issue.id}/messages/${note.id}`)).status, 200);
  assert.deepEqual(findInFiles(dir, [marker]), [], 'no byte of the deleted message’s file remains');
  assert.equal((await download(app, onNote.url)).statusCode, 404);
  assert.equal((await download(app, onIssue.url)).statusCode, 200, 'the other message keeps its file');

  assert.equal((await api.delete(`/issues/${issue.id}`)).status, 200);
  assert.equal((await download(app, onIssue.url)).statusCode, 404, 'deleting the issue deletes its files');
  assert.deepEqual(filesIn(dir), []);
});

test('redacting a message deletes its uploaded file', async (t) => {
  const { app, api, dir } = await buildWithFolder(t);
  const marker = `REDACT-FILE-${randomUUID()}`;
  const uploaded = await uploadAttachment(api, { filename: 'secret.pdf', content: pdf(marker) });
  const issue = await createIssue(api);
  const note = await postNote(api, issue.id, { attachment_urls: [uploaded.url] });
  assert.equal((await api.post(`/issues/${issue.id}/messages/${note.id}/redact`)).status, 200);
  assert.deepEqual(findInFiles(dir, [marker]), []);
  assert.equal((await download(app, uploaded.url)).statusCode, 404);
});

test('POST /attachments: no file → 400; too large → 413 and nothing kept; 401 without a token', async (t) => {
  const { api, dir } = await buildWithFolder(t, { ATTACHMENT_MAX_BYTES: '1024' });
  const noFile = await postForm(api, '/attachments', { description: 'nothing attached' });
  assert.equal(noFile.status, 400);
  assert.match(noFile.body.errors[0], /file/);
  assert.equal((await api.post('/attachments', {})).status, 400);
  assert.equal((await api.post('/attachments')).status, 400);

  const tooLarge = await postForm(api, '/attachments', {
    file: { filename: 'big.bin', content: Buffer.alloc(1025, 7) },
  });
  assert.equal(tooLarge.status, 413);
  assert.match(tooLarge.body.errors[0], /larger than 1024 bytes/);
  assert.deepEqual(filesIn(dir), [], 'a refused file leaves nothing behind');
  const justFits = await postForm(api, '/attachments', {
    file: { filename: 'ok.bin', content: Buffer.alloc(1024, 7) },
  });
  assert.equal(justFits.status, 200);

  const withUnknownField = await postForm(api, '/attachments', {
    file: { filename: 'a.txt', content: Buffer.from('a') },
    other: 'x',
  });
  assert.equal(withUnknownField.status, 200, 'unknown fields are ignored');
  const malformed = await api.request('POST', '/attachments', {
    raw: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\ncut sh',
    headers: { 'content-type': 'multipart/form-data; boundary=b' },
  });
  assert.equal(malformed.status, 400, 'a form cut short is the client’s error');
  assert.deepEqual(filesIn(dir).length, 2, 'only the two accepted files are kept');

  const anonymous = await postForm(
    api,
    '/attachments',
    { file: { filename: 'a.txt', content: Buffer.from('a') } },
    null,
  );
  assert.equal(anonymous.status, 401);
});

test('POST /attachments with file_url: private addresses → 400; a public file is fetched', async (t) => {
  const { api } = await buildWithFolder(t);
  for (const url of [
    'http://127.0.0.1:9/x.pdf',
    'http://169.254.169.254/latest',
    'http://[::1]/a',
    'http://10.0.0.5/',
  ]) {
    const res = await postForm(api, '/attachments', { file_url: url });
    assert.equal(res.status, 400, url);
    assert.match(res.body.errors[0], /private address/);
  }
  assert.equal((await postForm(api, '/attachments', { file_url: 'ftp://example.com/a' })).status, 400);
  assert.equal((await postForm(api, '/attachments', { file_url: 'not a url' })).status, 400);
  assert.equal((await api.post('/attachments', { file_url: 'http://localhost:9/x' })).status, 400);
});

test('file_url (private networks allowed): fetched, limited in size and time, redirects checked', async (t) => {
  const marker = `FETCHED-${randomUUID()}`;
  const base = await serveFiles(t, (req, res) => {
    if (req.url === '/report.pdf') return res.end(pdf(marker));
    if (req.url === '/moved') return res.writeHead(302, { location: '/report.pdf' }).end();
    if (req.url === '/big') return res.end(Buffer.alloc(4096, 1));
    if (req.url === '/slow') return res.write('%PDF-'); // never ends
    res.writeHead(404).end();
  });
  const { app, api } = await buildWithFolder(t, {
    ATTACHMENT_FETCH_ALLOW_PRIVATE_NETWORKS: 'true',
    ATTACHMENT_MAX_BYTES: '2048',
    ATTACHMENT_FETCH_TIMEOUT_MS: '300',
  });
  for (const path of ['/report.pdf', '/moved']) {
    const res = await postForm(api, '/attachments', { file_url: `${base}${path}` });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.data.name, path === '/moved' ? 'moved' : 'report.pdf');
    const file = await download(app, res.body.data.url);
    assert.deepEqual(file.rawPayload, pdf(marker));
    assert.equal(file.headers['content-type'], 'application/pdf');
  }
  assert.equal((await postForm(api, '/attachments', { file_url: `${base}/big` })).status, 413);
  const slow = await postForm(api, '/attachments', { file_url: `${base}/slow` });
  assert.equal(slow.status, 400);
  assert.match(slow.body.errors[0], /within 300 ms/);
  const missing = await postForm(api, '/attachments', { file_url: `${base}/missing` });
  assert.equal(missing.status, 400);
  assert.match(missing.body.errors[0], /answered 404/);
});

test("another workspace's token can neither download nor attach the file (404)", async (t) => {
  const { app, api, otherWorkspace } = await buildWithFolder(t);
  const uploaded = await uploadAttachment(api, { filename: 'mine.pdf', content: pdf('mine') });
  const other = await otherWorkspace();
  assert.equal((await download(app, uploaded.url, other.token)).statusCode, 404);
  assert.equal((await download(app, uploaded.url, 'hl_not-a-token')).statusCode, 404);
  const theirIssue = await createIssue(other.api);
  const attach = await other.api.post(`/issues/${theirIssue.id}/note`, {
    body_html: '<p>x</p>',
    attachment_urls: [uploaded.url],
  });
  assert.equal(attach.status, 404);
  const onIssue = await other.api.post('/issues', {
    title: 'x',
    body_html: '<p>x</p>',
    requester_email: 'x@example.com',
    attachment_urls: [uploaded.url],
  });
  assert.equal(onIssue.status, 404);
  // A URL of this server that names no attachment, or the wrong filename, is not found either.
  const issue = await createIssue(api);
  const renamed = uploaded.url.replace(/mine\.pdf$/, 'other.pdf');
  assert.equal(
    (await api.post(`/issues/${issue.id}/note`, { body_html: 'x', attachment_urls: [renamed] })).status,
    404,
  );
  assert.equal((await download(app, uploaded.url)).statusCode, 200, 'the owner still has it');
});

test('an upload belongs to one message: using it on a second one → 400', async (t) => {
  const { api } = await buildWithFolder(t);
  const uploaded = await uploadAttachment(api, { filename: 'once.pdf', content: pdf('once') });
  const issue = await createIssue(api);
  await postNote(api, issue.id, { attachment_urls: [uploaded.url] });
  const again = await api.post(`/issues/${issue.id}/note`, { body_html: 'x', attachment_urls: [uploaded.url] });
  assert.equal(again.status, 400);
  assert.match(again.body.errors[0], /upload the file again/);
});

test('multipart bodies are for uploads only: elsewhere 415', async (t) => {
  const { api } = await buildWithFolder(t);
  const res = await postForm(api, '/issues', { title: 'x', body_html: 'x' });
  assert.equal(res.status, 415);
});
