import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { test, type TestContext } from 'node:test';
import { build, type Api } from '../helpers/build.js';
import { findInFiles } from '../helpers/files.js';
import { tempDir } from '../helpers/process.js';

const pdf = (marker: string) => Buffer.from(`%PDF-1.7\n${marker}\n%%EOF\n`, 'latin1');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);

type Part = [name: string, value: string | { filename: string; content: Buffer }];

/** A multipart form with repeated parts (several `files`, `file_names`, `external_ids`). */
async function upload(api: Api, parts: Part[], token?: string) {
  const form = new FormData();
  for (const [name, value] of parts) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([new Uint8Array(value.content)]), value.filename);
  }
  const request = new Request('http://form.test/', { method: 'POST', body: form });
  const raw = Buffer.from(await request.arrayBuffer());
  const headers = { 'content-type': request.headers.get('content-type')! };
  return api.request('POST', '/training-data/upload', { raw, headers, token });
}

async function buildWithFolder(t: TestContext, env: Record<string, string> = {}) {
  const dir = tempDir(t);
  return { ...(await build(t, { env: { ATTACHMENT_DIR: dir, ...env } })), dir };
}

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((e) => (e.isFile() ? [e.name] : []));

async function createContainer(api: Api, name = `Docs ${randomUUID()}`, visibility?: string) {
  const res = await api.post('/training-data', { training_data_name: name, visibility });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; name: string; visibility: string; documents: unknown[] };
}

test('POST /training-data → GET by id → GET list, with its event and audit entry', async (t) => {
  const { api } = await build(t);
  const made = await createContainer(api, 'Product docs', 'ai_agent_only');
  assert.equal(made.name, 'Product docs');
  assert.equal(made.visibility, 'ai_agent_only');
  assert.deepEqual(made.documents, []);
  const read = await api.get(`/training-data/${made.id}`);
  assert.equal(read.status, 200, read.text);
  assert.deepEqual(read.body.data, made);
  const second = await createContainer(api, 'FAQ');
  assert.equal(second.visibility, 'everyone', 'visibility defaults to everyone');
  const list = await api.get('/training-data');
  assert.equal(list.status, 200);
  assert.deepEqual(
    list.body.data.map((d: { id: string }) => d.id),
    [made.id, second.id],
  );
  const events = (await api.get('/events?limit=1000')).body.data;
  assert.ok(events.some((e: { type: string; data?: unknown }) => e.type === 'training_data.created'));
  const audit = (await api.get('/audit-logs')).body.data;
  assert.ok(
    audit.some(
      (e: { action: string; object_id: string }) => e.action === 'training_data.created' && e.object_id === made.id,
    ),
  );
});

test('POST /training-data: a name in use → 400 with exists_id; bad visibility or no name → 400', async (t) => {
  const { api } = await build(t);
  const made = await createContainer(api, 'Handbook');
  const again = await api.post('/training-data', { training_data_name: ' Handbook ' });
  assert.equal(again.status, 400);
  assert.equal(again.body.exists_id, made.id);
  assert.equal((await api.post('/training-data', { training_data_name: 'X', visibility: 'public' })).status, 400);
  assert.equal((await api.post('/training-data', {})).status, 400);
  assert.equal((await api.post('/training-data', { training_data_name: '  ' })).status, 400);
  assert.equal((await api.get('/training-data')).body.data.length, 1);
});

test('training data: members read but may not change it (403); another workspace sees none of it (404)', async (t) => {
  const built = await build(t);
  const made = await createContainer(built.api);
  const member = await built.member();
  assert.equal((await member.api.get(`/training-data/${made.id}`)).status, 200);
  assert.equal((await member.api.post('/training-data', { training_data_name: 'Mine' })).status, 403);
  const content = { training_data_id: made.id, content: 'hello' };
  assert.equal((await member.api.post('/training-data/upload-content', content)).status, 403);
  const file = { filename: 'a.txt', content: Buffer.from('text') };
  assert.equal(
    (
      await upload(member.api, [
        ['files', file],
        ['training_data_id', made.id],
      ])
    ).status,
    403,
  );
  assert.equal((await member.api.delete(`/training-data/${made.id}/documents?document_ids=x`)).status, 403);

  const other = await built.otherWorkspace();
  assert.equal((await other.api.get(`/training-data/${made.id}`)).status, 404);
  assert.deepEqual((await other.api.get('/training-data')).body.data, []);
  assert.equal((await other.api.post('/training-data/upload-content', content)).status, 404);
  assert.equal((await other.api.delete(`/training-data/${made.id}/documents?document_ids=x`)).status, 404);
  assert.equal((await built.api.get('/training-data/nope')).status, 404);
});

test('POST /training-data/upload: files into a new container, typed by their bytes, in the blob store', async (t) => {
  const { api, dir } = await buildWithFolder(t);
  const marker = `TRAIN-${randomUUID()}`;
  const res = await upload(api, [
    ['training_data_name', 'Manuals'],
    ['visibility', 'user_only'],
    ['files', { filename: 'guide.pdf', content: pdf(marker) }],
    ['files', { filename: 'notes.md', content: Buffer.from('# Notes\nplain words') }],
    ['file_names', 'Guide.pdf'],
    ['file_names', 'notes.md'],
    ['external_ids', 'ext-1'],
    ['external_ids', 'ext-2'],
  ]);
  assert.equal(res.status, 200, res.text);
  const container = res.body.data;
  assert.equal(container.name, 'Manuals');
  assert.equal(container.visibility, 'user_only');
  assert.deepEqual(
    container.documents.map((d: Record<string, unknown>) => [d.file_name, d.file_type, d.external_id]),
    [
      ['Guide.pdf', 'application/pdf', 'ext-1'],
      ['notes.md', 'text/plain', 'ext-2'],
    ],
  );
  assert.equal(container.documents[0].file_size, pdf(marker).length);
  assert.equal(findInFiles(dir, [marker]).length, 1, 'the bytes are in the blob folder');
  assert.deepEqual((await api.get(`/training-data/${container.id}`)).body.data, container);

  // The same external id again replaces the document: same id, new bytes, the old ones gone.
  const replacement = `NEW-${randomUUID()}`;
  const again = await upload(api, [
    ['training_data_id', container.id],
    ['files', { filename: 'guide-v2.pdf', content: pdf(replacement) }],
    ['external_ids', 'ext-1'],
  ]);
  assert.equal(again.status, 200, again.text);
  assert.equal(again.body.data.documents.length, 2);
  const replaced = again.body.data.documents.find((d: { external_id?: string }) => d.external_id === 'ext-1');
  assert.equal(replaced.id, container.documents[0].id);
  assert.equal(replaced.file_name, 'guide-v2.pdf');
  assert.equal(findInFiles(dir, [marker]).length, 0, 'the replaced bytes are deleted');
  assert.equal(findInFiles(dir, [replacement]).length, 1);
});

test('POST /training-data/upload: each refusal keeps nothing', async (t) => {
  const { api, dir } = await buildWithFolder(t, { ATTACHMENT_MAX_BYTES: '1024' });
  const made = await createContainer(api);
  const txt = { filename: 'a.txt', content: Buffer.from('words') };
  const cases: [Part[], number][] = [
    [
      [
        ['training_data_id', made.id],
        ['files', { filename: 'a.zip', content: ZIP }],
      ],
      400,
    ],
    [[['training_data_id', made.id]], 400],
    [
      [
        ['training_data_id', made.id],
        ['files', txt],
        ['file_names', 'a'],
        ['file_names', 'b'],
      ],
      400,
    ],
    [
      [
        ['training_data_id', made.id],
        ['files', txt],
        ['files', txt],
        ['external_ids', 'x'],
        ['external_ids', 'x'],
      ],
      400,
    ],
    [[['files', txt]], 400],
    [
      [
        ['training_data_id', 'nope'],
        ['files', txt],
      ],
      404,
    ],
    [
      [
        ['training_data_id', made.id],
        ['files', { filename: 'big.txt', content: Buffer.alloc(2048, 'a') }],
      ],
      413,
    ],
  ];
  for (const [parts, status] of cases) {
    const res = await upload(api, parts);
    assert.equal(res.status, status, `${JSON.stringify(parts.map((p) => p[0]))}: ${res.text}`);
  }
  const eleven: Part[] = Array.from({ length: 11 }, (): Part => ['files', txt]);
  assert.equal((await upload(api, [['training_data_id', made.id], ...eleven])).status, 400);
  const json = await api.post('/training-data/upload', { training_data_id: made.id });
  assert.equal(json.status, 400);
  assert.deepEqual(filesIn(dir), []);
  assert.deepEqual((await api.get(`/training-data/${made.id}`)).body.data.documents, []);
});

test('POST /training-data/upload-content: text stored as a document; rules', async (t) => {
  const { api, dir } = await buildWithFolder(t);
  const made = await createContainer(api);
  const marker = `CONTENT-${randomUUID()}`;
  const res = await api.post('/training-data/upload-content', {
    training_data_id: made.id,
    content: `How to reset a password. ${marker}`,
    file_name: 'reset.md',
    external_id: 'kb-1',
  });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.id, made.id);
  const [doc] = res.body.data.documents;
  assert.equal(doc.file_name, 'reset.md');
  assert.equal(doc.file_type, 'text/plain');
  assert.equal(doc.external_id, 'kb-1');
  assert.equal(findInFiles(dir, [marker]).length, 1);

  const byName = await api.post('/training-data/upload-content', { training_data_name: 'Snippets', content: 'x' });
  assert.equal(byName.status, 200, byName.text);
  assert.equal(byName.body.data.name, 'Snippets');
  assert.equal(byName.body.data.documents[0].file_name, 'content.txt');

  assert.equal((await api.post('/training-data/upload-content', { training_data_id: made.id })).status, 400);
  assert.equal((await api.post('/training-data/upload-content', { content: 'x' })).status, 400);
  const dup = await api.post('/training-data/upload-content', { training_data_name: 'Snippets', content: 'y' });
  assert.equal(dup.status, 400);
  assert.equal(dup.body.exists_id, byName.body.data.id);
  const missing = await api.post('/training-data/upload-content', { training_data_id: 'nope', content: 'x' });
  assert.equal(missing.status, 404);
});

test('DELETE /training-data/{id}/documents: by id and by external id, the bytes go for good', async (t) => {
  const { api, dir } = await buildWithFolder(t);
  const made = await createContainer(api);
  const markers = [1, 2, 3].map((n) => `DOC${n}-${randomUUID()}`);
  const ids: string[] = [];
  for (const [i, marker] of markers.entries()) {
    const body = { training_data_id: made.id, content: marker, external_id: `e${i}` };
    const res = await api.post('/training-data/upload-content', body);
    ids.push(res.body.data.documents[i].id);
  }
  const res = await api.delete(
    `/training-data/${made.id}/documents?document_ids=${ids[0]}&external_ids=e1&external_ids=zz`,
  );
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.deleted_count, 2);
  assert.deepEqual(
    (await api.get(`/training-data/${made.id}`)).body.data.documents.map((d: { id: string }) => d.id),
    [ids[2]],
  );
  assert.equal(findInFiles(dir, markers.slice(0, 2)).length, 0);
  assert.equal(findInFiles(dir, [markers[2]!]).length, 1);
  const single = await api.delete(`/training-data/${made.id}/documents?document_ids=${ids[2]}`);
  assert.equal(single.body.deleted_count, 1);
  assert.equal((await api.delete(`/training-data/${made.id}/documents?document_ids=${ids[2]}`)).body.deleted_count, 0);
  assert.equal((await api.delete(`/training-data/${made.id}/documents`)).status, 400);
  assert.equal((await api.delete('/training-data/nope/documents?document_ids=x')).status, 404);
  const events = (await api.get('/events?limit=1000')).body.data.map((e: { type: string }) => e.type);
  assert.ok(events.includes('training_data.documents_deleted'));
  assert.ok(events.includes('training_data.documents_uploaded'));
});
