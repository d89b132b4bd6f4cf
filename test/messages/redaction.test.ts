import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { build } from '../helpers/build.js';
import { adminPool, freshPostgresUrl, TEST_DIALECT } from '../helpers/database.js';
import { findInFiles } from '../helpers/files.js';
import { createIssue, listMessages, postNote, postReply } from '../helpers/factories.js';
import { startServer, tempDir } from '../helpers/process.js';

test(
  'redact: the content becomes "[redacted]" and the files go; id, author, timestamp, ' + 'thread, visibility stay',
  async (t) => {
    const { api } = await build(t);
    const issue = await createIssue(api);
    const note = await postNote(api, issue.id, {
      body_html: '<p>secret</p>',
      attachment_urls: ['https://files.test/x.png'],
    });
    const before = (await listMessages(api, issue.id)).data.find((m) => m.id === note.id);
    const res = await api.post(`/issues/${issue.id}/messages/${note.id}/redact`);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.data, { ...before, message_html: '[redacted]', file_urls: [] });
    const listed = (await listMessages(api, issue.id)).data.find((m) => m.id === note.id);
    assert.deepEqual(listed, res.body.data);
    const again = await api.post(`/issues/${issue.id}/messages/${note.id}/redact`, undefined, {
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(again.status, 200);
    assert.deepEqual(again.body.data, res.body.data);
    const audit = (await api.get('/audit-logs')).body.data.filter(
      (e: { action: string }) => e.action === 'message.redacted',
    );
    assert.equal(audit.length, 1, 'redacting again changes nothing, not even the audit log');
  },
);

test('redacting the first message also removes it from the issue body', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api, { body_html: '<p>my password is hunter2</p>' });
  const [first] = (await listMessages(api, issue.id)).data;
  await api.post(`/issues/${issue.id}/messages/${first.id}/redact`);
  assert.equal((await api.get(`/issues/${issue.id}`)).body.data.body_html, '[redacted]');
});

test('redact: unknown message or issue → 404; another workspace → 404', async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  const note = await postNote(api, issue.id);
  const otherIssue = await createIssue(api);
  assert.equal((await api.post(`/issues/${issue.id}/messages/unknown/redact`)).status, 404);
  assert.equal((await api.post(`/issues/unknown/messages/${note.id}/redact`)).status, 404);
  assert.equal((await api.post(`/issues/${otherIssue.id}/messages/${note.id}/redact`)).status, 404);
  const other = await otherWorkspace();
  assert.equal((await other.api.post(`/issues/${issue.id}/messages/${note.id}/redact`)).status, 404);
  assert.equal(
    (await listMessages(api, issue.id)).data.find((m) => m.id === note.id).message_html,
    '<p>Internal note</p>',
  );
});

test('delete: the message leaves the list; a second delete → 404; another workspace → 404', async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  const reply = await postReply(api, issue.id);
  const other = await otherWorkspace();
  assert.equal((await other.api.delete(`/issues/${issue.id}/messages/${reply.id}`)).status, 404);
  const res = await api.delete(`/issues/${issue.id}/messages/${reply.id}`);
  assert.equal(res.status, 200);
  assert.deepEqual(Object.keys(res.body), ['request_id']);
  assert.ok(!(await listMessages(api, issue.id)).data.some((m) => m.id === reply.id));
  assert.equal((await api.delete(`/issues/${issue.id}/messages/${reply.id}`)).status, 404);
  assert.equal((await api.delete(`/issues/${issue.id}/messages/unknown`)).status, 404);
  const audit = (await api.get('/audit-logs')).body.data.find(
    (e: { action: string }) => e.action === 'message.deleted',
  );
  assert.equal(audit.object_id, reply.id);
  assert.equal(audit.attributes.issue_id, issue.id);
});

/**
 * Where the markers can be found: on SQLite, any file under the data directory (database, WAL, journal); on
 * PostgreSQL, any row of the test's schema (its data files are the server's; see the README on what they keep).
 */
async function storageSearcher(t: TestContext, dir: string) {
  if (TEST_DIALECT === 'sqlite')
    return { url: `sqlite:${join(dir, 'data/h.db')}`, find: async (needles: string[]) => findInFiles(dir, needles) };
  const { url, schema } = await freshPostgresUrl(t);
  return {
    url,
    find: async (needles: string[]) => {
      const tables = (
        await adminPool().query(`SELECT tablename FROM pg_tables WHERE schemaname = $1`, [schema])
      ).rows.map((r) => r.tablename as string);
      const found: string[] = [];
      for (const table of tables) {
        const rows = (await adminPool().query(`SELECT t::text AS row FROM ${schema}.${table} t`)).rows;
        for (const { row } of rows)
          for (const needle of needles) if (String(row).includes(needle)) found.push(`${table}: ${needle}`);
      }
      return found;
    },
  };
}

test('redacted and deleted content is in no stored file (SQLite) or row (PostgreSQL), blob or log', async (t) => {
  const dir = tempDir(t);
  const secret = 'redaction-test-token-0123456789';
  const storage = await storageSearcher(t, dir);
  // Uploaded files live beside the SQLite file by default (inside `dir`); with PostgreSQL, in a folder of `dir` too.
  const blobs = TEST_DIALECT === 'sqlite' ? join(dir, 'data/attachments') : join(dir, 'attachments');
  const server = await startServer(t, {
    DATABASE_URL: storage.url,
    BOOTSTRAP_API_TOKEN: secret,
    LOG_LEVEL: 'trace',
    ...(TEST_DIALECT === 'sqlite' ? {} : { ATTACHMENT_DIR: blobs }),
  });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(server.baseUrl + path, {
      method,
      headers: {
        authorization: `Bearer ${secret}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    assert.ok(res.status < 300, `${method} ${path} → ${res.status}`);
    return (await res.json()) as any;
  };
  const markers = {
    first: `MARKER-FIRST-${randomUUID()}`,
    note: `MARKER-NOTE-${randomUUID()}`,
    reply: `MARKER-REPLY-${randomUUID()}`,
    deleted: `MARKER-DELETED-${randomUUID()}`,
    file: `MARKER-FILE-${randomUUID()}`,
    deletedFile: `MARKER-DELETED-FILE-${randomUUID()}`,
  };
  const upload = async (content: string) => {
    const form = new FormData();
    form.append('file', new Blob([`%PDF-1.7\n${content}\n`]), 'statement.pdf');
    const res = await fetch(`${server.baseUrl}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
      body: form,
    });
    assert.equal(res.status, 200);
    return ((await res.json()) as { data: { url: string } }).data.url;
  };
  const [fileUrl, deletedFileUrl] = [await upload(markers.file), await upload(markers.deletedFile)];
  const issue = (
    await call('POST', '/issues', {
      title: 'Leak',
      body_html: `<p>${markers.first}</p>`,
      requester_email: 'leak@example.com',
    })
  ).data;
  const first = (await call('GET', `/issues/${issue.id}/messages`)).data[0];
  const note = (
    await call(
      'POST',
      `/issues/${issue.id}/note`,
      { body_html: `<p>${markers.note}</p>`, attachment_urls: [fileUrl] },
      { 'idempotency-key': 'note-key' },
    )
  ).data;
  const reply = (
    await call(
      'POST',
      `/issues/${issue.id}/reply`,
      { body_html: `<p>${markers.reply}</p>`, message_id: first.id, custom_source: { external_id: 'x1' } },
      { 'idempotency-key': 'reply-key' },
    )
  ).data;
  const doomed = (
    await call('POST', `/issues/${issue.id}/note`, {
      body_html: `<p>${markers.deleted}</p>`,
      attachment_urls: [deletedFileUrl],
    })
  ).data;

  const beforeAny = await storage.find(Object.values(markers));
  assert.ok(beforeAny.length > 0, 'the markers are on disk before redaction (the test can see them)');
  const files = [markers.file, markers.deletedFile];
  assert.equal(
    findInFiles(blobs, files).length,
    2,
    'the uploaded files are in the blob folder (the test can see them)',
  );

  for (const id of [first.id, note.id, reply.id]) await call('POST', `/issues/${issue.id}/messages/${id}/redact`);
  await call('DELETE', `/issues/${issue.id}/messages/${doomed.id}`);

  assert.deepEqual(await storage.find(Object.values(markers)), [], 'no stored file or row holds a marker');
  assert.deepEqual(findInFiles(blobs, files), [], 'no byte of a redacted or deleted message’s file remains');
  for (const marker of Object.values(markers)) assert.ok(!server.output().includes(marker), `the logs hold ${marker}`);
  const listed = (await call('GET', `/issues/${issue.id}/messages`)).data;
  assert.deepEqual(
    listed.map((m: { message_html: string }) => m.message_html),
    ['[redacted]', '[redacted]', '[redacted]'],
  );
});

test(
  'events: deletion and redaction are recorded with the ids connected systems need, and ' +
    'content leaves earlier payloads',
  async (t) => {
    const { app, api, workspaceId } = await build(t);
    const issue = await createIssue(api, { body_html: 'EVENT-SECRET-FIRST' });
    const reply = await postReply(api, issue.id, {
      body_html: 'EVENT-SECRET-REPLY',
      custom_source: { external_id: 'ext-42' },
    });
    const [first] = (await listMessages(api, issue.id)).data;
    await api.post(`/issues/${issue.id}/messages/${first.id}/redact`);
    await api.delete(`/issues/${issue.id}/messages/${reply.id}`);

    const events = await app.helpline.store.db
      .selectFrom('events')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      events.map((e) => e.type),
      // The agent's reply moved the issue to waiting_on_customer: issue.updated follows it.
      ['issue.created', 'message.created', 'message.created', 'issue.updated', 'message.redacted', 'message.deleted'],
    );
    const payloads = events.map((e) => JSON.parse(e.payload));
    assert.doesNotMatch(JSON.stringify(payloads), /EVENT-SECRET/);
    assert.equal(payloads[0].issue.body_html, '[redacted]');
    assert.equal(payloads[2].message.message_html, '[redacted]');
    assert.equal(payloads[3].issue.body_html, '[redacted]');
    assert.deepEqual(payloads[5], {
      issue_id: issue.id,
      message_id: reply.id,
      thread_id: null,
      external_id: 'ext-42',
      email_message_id: null,
    });
    assert.equal(payloads[4].message_id, first.id);
  },
);
