import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createContact, createIssue, postNote, postReply } from '../helpers/factories.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { createWorkspace } from '../../src/features/workspaces/workspace.service.js';
import { durableDatabaseUrl } from '../helpers/database.js';

const page = (issueId: string, query = '?limit=50') => `/issues/${issueId}/messages${query}`;

test('a page of messages carries an ETag; If-None-Match with it answers 304 without a body', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  await postNote(api, issue.id);
  const first = await api.get(page(issue.id));
  assert.equal(first.status, 200);
  const etag = first.headers.etag as string;
  assert.match(etag, /^W\/".+"$/);
  const again = await api.get(page(issue.id), { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  assert.equal(again.text, '');
  assert.equal(again.headers.etag, etag);
  // A list of tags, and the strong form of the same tag, match too; another tag does not.
  const listed = await api.get(page(issue.id), { headers: { 'if-none-match': `W/"other", ${etag.slice(2)}` } });
  assert.equal(listed.status, 304);
  assert.equal((await api.get(page(issue.id), { headers: { 'if-none-match': 'W/"other"' } })).status, 200);
  // By number too.
  assert.equal((await api.get(page(String(issue.number)), { headers: { 'if-none-match': etag } })).status, 304);
});

test('each page has its own ETag: another limit or cursor, another tag', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  for (let i = 0; i < 3; i++) await postNote(api, issue.id);
  const one = await api.get(page(issue.id, '?limit=1'));
  const two = await api.get(page(issue.id, '?limit=2'));
  const next = await api.get(page(issue.id, `?limit=1&cursor=${one.body.pagination.cursor}`));
  const all = await api.get(page(issue.id, ''));
  const tags = [one, two, next, all].map((r) => r.headers.etag);
  assert.equal(new Set(tags).size, 4);
  const etag = one.headers.etag as string;
  assert.equal((await api.get(page(issue.id, '?limit=2'), { headers: { 'if-none-match': etag } })).status, 200);
});

test('a note, a reply, a redaction or a deletion changes the ETag', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const reply = await postReply(api, issue.id);
  const note = await postNote(api, issue.id);
  const changes: (() => Promise<unknown>)[] = [
    () => postNote(api, issue.id),
    () => postReply(api, issue.id),
    () => api.post(`/issues/${issue.id}/messages/${reply.id}/redact`),
    () => api.delete(`/issues/${issue.id}/messages/${note.id}`),
  ];
  for (const change of changes) {
    const before = (await api.get(page(issue.id))).headers.etag as string;
    await change();
    const after = await api.get(page(issue.id), { headers: { 'if-none-match': before } });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.etag, before);
  }
});

test("an author's new name changes the ETag of the pages showing it (user and contact)", async (t) => {
  const { api, userId } = await build(t);
  const contact = await createContact(api);
  const issue = await createIssue(api, { requester_email: undefined, requester_id: contact.id });
  await postReply(api, issue.id, { contact_id: contact.id });
  for (const rename of [
    () => api.patch(`/users/${userId}`, { name: 'Renamed agent' }),
    () => api.patch(`/contacts/${contact.id}`, { name: 'Renamed customer' }),
  ]) {
    const before = (await api.get(page(issue.id))).headers.etag as string;
    assert.equal((await rename()).status, 200);
    const after = await api.get(page(issue.id), { headers: { 'if-none-match': before } });
    assert.equal(after.status, 200);
    assert.ok(after.body.data.some((m: { author: { name: string } }) => m.author.name.startsWith('Renamed')));
  }
});

test('a conditional request is still authenticated and scoped: no token 401, another workspace 404', async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  const etag = (await api.get(page(issue.id))).headers.etag as string;
  const headers = { 'if-none-match': etag };
  assert.equal((await api.get(page(issue.id), { headers, token: null })).status, 401);
  assert.equal((await api.get(page(issue.id), { headers, token: 'wrong-token' })).status, 401);
  const other = await otherWorkspace();
  assert.equal((await other.api.get(page(issue.id), { headers })).status, 404);
});

test('single objects: GET /issues/{id} carries an ETag, 304 while unchanged, 200 after a change', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const first = await api.get(`/issues/${issue.id}`);
  const etag = first.headers.etag as string;
  assert.ok(etag);
  assert.equal((await api.get(`/issues/${issue.id}`, { headers: { 'if-none-match': etag } })).status, 304);
  await api.patch(`/issues/${issue.id}`, { title: 'A new title' });
  const changed = await api.get(`/issues/${issue.id}`, { headers: { 'if-none-match': etag } });
  assert.equal(changed.status, 200);
  assert.equal(changed.body.data.title, 'A new title');
});

test('a write through one instance invalidates the ETag another instance gave', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'helpline-etag-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const config = parseConfig({ DATABASE_URL: await durableDatabaseUrl(t, dir), LOG_LEVEL: 'silent' });
  const one = await buildApp(config);
  t.after(() => one.close());
  const two = await buildApp(config);
  t.after(() => two.close());
  const { token } = await one.helpline.store.db.transaction().execute((trx) => createWorkspace(trx, { name: 'W' }));
  const auth = { authorization: `Bearer ${token}` };
  const created = await one.inject({
    method: 'POST',
    url: '/issues',
    headers: auth,
    payload: { title: 'T', body_html: 'b', requester_email: 'c@example.com' },
  });
  assert.equal(created.statusCode, 200, created.body);
  const issue = created.json().data;
  const etag = (await one.inject({ method: 'GET', url: page(issue.id), headers: auth })).headers.etag as string;
  const noted = await two.inject({
    method: 'POST',
    url: `/issues/${issue.id}/note`,
    headers: auth,
    payload: { body_html: 'from the other instance' },
  });
  assert.equal(noted.statusCode, 200);
  const after = await one.inject({ method: 'GET', url: page(issue.id), headers: { ...auth, 'if-none-match': etag } });
  assert.equal(after.statusCode, 200);
  assert.equal(after.json().data.at(-1).message_html, 'from the other instance');
});

test('a page answered again at the same version is the same page, with its own request id', async (t) => {
  for (const env of [{}, { RESPONSE_CACHE_MB: '0' }] as Record<string, string>[]) {
    const { api } = await build(t, { env });
    const issue = await createIssue(api);
    await postNote(api, issue.id, { body_html: '<p>helpline-request-id-slot-7f3a9c</p>' });
    const [one, two] = [await api.get(page(issue.id)), await api.get(page(issue.id))];
    assert.deepEqual(two.body.data, one.body.data);
    assert.notEqual(two.body.request_id, one.body.request_id);
    assert.equal(two.headers['x-request-id'], two.body.request_id);
    await postNote(api, issue.id, { body_html: '<p>newer</p>' });
    const three = await api.get(page(issue.id));
    assert.equal(three.body.data.length, one.body.data.length + 1);
  }
});
