import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createContact, createIssue, listMessages, postNote, postReply } from '../helpers/factories.js';

test(
  'GET /issues/{id}/messages: first message, replies and notes, oldest first, complete ' + 'Message objects',
  async (t) => {
    const { api, userId } = await build(t);
    const contact = await createContact(api, { avatar_url: 'https://img.test/ada.png' });
    const issue = await createIssue(api, { requester_email: undefined, requester_id: contact.id });
    const reply = await postReply(api, issue.id, { attachment_urls: ['https://files.test/a.pdf'] });
    const customer = await postReply(api, issue.id, { contact_id: contact.id, body_html: '<p>Thanks</p>' });
    const note = await postNote(api, issue.id);
    const { data, pagination } = await listMessages(api, issue.id);
    assert.deepEqual(pagination, { cursor: '', has_next_page: false });
    assert.deepEqual(data.map((m) => m.id).slice(1), [reply.id, customer.id, note.id]);
    const [first, agentReply, customerReply, internal] = data;
    // Created without destination_metadata, the first message is an internal note, outside any thread.
    assert.equal(first.is_private, true);
    assert.equal(first.thread_id, undefined);
    assert.deepEqual(agentReply.file_urls, ['https://files.test/a.pdf']);
    assert.deepEqual(agentReply.author, { name: 'Admin', user: { id: userId, email: 'admin@helpline.local' } });
    assert.deepEqual(customerReply.author, {
      name: 'Ada',
      avatar_url: 'https://img.test/ada.png',
      contact: { id: contact.id, email: contact.email },
    });
    assert.equal(internal.is_private, true);
    assert.ok(internal.thread_id);
    for (const m of data) assert.match(m.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  },
);

test('paging 250 messages with limit=100: 3 pages, none lost or repeated', async (t) => {
  const { app, api } = await build(t);
  const issue = await createIssue(api);
  const { createNote } = await import('../../src/features/messages/create-note.js');
  const me = (await api.get('/me')).body.data;
  const actor = { workspaceId: me.id, userId: me.user.id, tokenId: 'test', role: 'admin' as const };
  for (let i = 0; i < 249; i++) await createNote(app.helpline, actor, issue.id, { body_html: `n${i}` }, undefined);
  const all = (await listMessages(api, issue.id)).data.map((m) => m.id);
  assert.equal(all.length, 250);
  const pages: string[][] = [];
  let cursor = '';
  do {
    const page = await listMessages(api, issue.id, `?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    pages.push(page.data.map((m) => m.id));
    cursor = page.pagination.has_next_page ? page.pagination.cursor : '';
  } while (cursor);
  assert.deepEqual(
    pages.map((p) => p.length),
    [100, 100, 50],
  );
  assert.deepEqual(pages.flat(), all);
});

test('messages that arrive while a client pages are neither skipped nor repeated', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  for (let i = 0; i < 4; i++) await postNote(api, issue.id);
  const seen: string[] = [];
  let page = await listMessages(api, issue.id, '?limit=2');
  seen.push(...page.data.map((m) => m.id));
  const late = await postNote(api, issue.id, { body_html: 'arrived while paging' });
  while (page.pagination.has_next_page) {
    page = await listMessages(api, issue.id, `?limit=2&cursor=${page.pagination.cursor}`);
    seen.push(...page.data.map((m) => m.id));
  }
  assert.equal(new Set(seen).size, seen.length);
  assert.equal(seen.length, 6);
  assert.equal(seen.at(-1), late.id);
});

test('a cursor without a limit gives pages of 100', async (t) => {
  const { app, api } = await build(t);
  const issue = await createIssue(api);
  const { createNote } = await import('../../src/features/messages/create-note.js');
  const me = (await api.get('/me')).body.data;
  for (let i = 0; i < 150; i++)
    await createNote(
      app.helpline,
      { workspaceId: me.id, userId: me.user.id, tokenId: 't', role: 'admin' },
      issue.id,
      { body_html: 'x' },
      undefined,
    );
  const first = await listMessages(api, issue.id, '?limit=1');
  const next = await listMessages(api, issue.id, `?cursor=${first.pagination.cursor}`);
  assert.equal(next.data.length, 100);
  assert.equal(next.pagination.has_next_page, true);
});

test('messages list: bad limit, malformed or foreign cursor → 400; unknown issue → 404', async (t) => {
  const { api } = await build(t);
  const a = await createIssue(api);
  const b = await createIssue(api);
  await postNote(api, a.id);
  const cursorOfA = (await listMessages(api, a.id, '?limit=1')).pagination.cursor;
  for (const query of [
    '?limit=0',
    '?limit=1001',
    '?limit=-5',
    '?limit=2.5',
    '?limit=abc',
    '?cursor=%ZZ',
    '?cursor=bm90IGpzb24',
    `?cursor=${cursorOfA}x`,
  ]) {
    assert.equal((await api.get(`/issues/${a.id}/messages${query}`)).status, 400, query);
  }
  assert.equal(
    (await api.get(`/issues/${b.id}/messages?cursor=${cursorOfA}`)).status,
    400,
    'a cursor of another issue',
  );
  assert.equal((await api.get('/issues/nope/messages')).status, 404);
  assert.equal((await api.get(`/issues/${a.id}/messages?limit=1000`)).status, 200);
});

test("another workspace's token gets 404 on the messages of an issue", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/issues/${issue.id}/messages`)).status, 404);
  assert.equal((await other.api.get(`/issues/${issue.number}/messages`)).status, 404);
});
