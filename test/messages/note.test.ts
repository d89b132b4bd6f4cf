import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createUser } from '../../src/features/users/user.service.js';
import { build } from '../helpers/build.js';
import { createIssue, firstMessageId, listMessages, postNote } from '../helpers/factories.js';

test(
  'a note without a thread goes to the default internal thread, created once and named by ' + 'thread_name',
  async (t) => {
    const { api, userId } = await build(t);
    const issue = await createIssue(api);
    const first = await postNote(api, issue.id, { thread_name: 'Triage' });
    const second = await postNote(api, issue.id, { thread_name: 'ignored for an existing thread' });
    const threads = (await api.get(`/issues/${issue.id}/threads`)).body.data;
    assert.equal(threads.length, 1);
    assert.equal(threads[0].name, 'Triage');
    // The issue's first message is an internal note too (no destination): the notes posted follow it.
    const notes = (await listMessages(api, issue.id)).data.slice(1).filter((m) => m.is_private);
    assert.deepEqual(
      notes.map((m) => m.id),
      [first.id, second.id],
    );
    for (const note of notes) {
      assert.equal(note.thread_id, threads[0].id);
      assert.equal(note.author.user.id, userId);
    }
  },
);

test(
  'a note goes to thread_id, or to the thread of the internal note message_id; empty values ' + 'count as omitted',
  async (t) => {
    const { app, api, workspaceId } = await build(t);
    const issue = await createIssue(api);
    const thread = (await api.post(`/issues/${issue.id}/threads`, { name: 'Escalation' })).body.data;
    const inThread = await postNote(api, issue.id, { thread_id: thread.id, message_id: '' });
    const bob = await createUser(app.helpline.store.db, { workspaceId, email: 'bob@example.com', name: 'Bob' });
    const followUp = await postNote(api, issue.id, { message_id: inThread.id, thread_id: '', user_id: bob.id });
    const messages = (await listMessages(api, issue.id)).data;
    assert.equal(messages.find((m) => m.id === inThread.id).thread_id, thread.id);
    const stored = messages.find((m) => m.id === followUp.id);
    assert.equal(stored.thread_id, thread.id);
    assert.equal(stored.author.user.id, bob.id);
    assert.equal((await api.get(`/issues/${issue.id}/threads`)).body.data.length, 1);
  },
);

test('note: each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const customerMessage = await firstMessageId(api, issue.id);
  const note = await postNote(api, issue.id);
  const otherIssue = await createIssue(api);
  const foreignThread = (await api.post(`/issues/${otherIssue.id}/threads`, {})).body.data.id;
  const cases: [Record<string, unknown>, number, RegExp?][] = [
    [{}, 400, /body_html is required/],
    [{ body_html: 'x', thread_id: 't', message_id: 'm' }, 400, /not both/],
    [{ body_html: 'x', thread_id: 'unknown' }, 404],
    [{ body_html: 'x', thread_id: foreignThread }, 404],
    [{ body_html: 'x', message_id: 'unknown' }, 404],
    [{ body_html: 'x', message_id: customerMessage }, 400, /internal note/],
    [{ body_html: 'x', user_id: 'nobody' }, 404],
    [{ body_html: ['x'] }, 400],
    [{ body_html: '   ' }, 400],
  ];
  for (const [body, status, pattern] of cases) {
    const res = await api.post(`/issues/${issue.id}/note`, body);
    assert.equal(res.status, status, `${JSON.stringify(body)} → ${res.text}`);
    if (pattern) assert.match(res.body.errors[0], pattern);
  }
  assert.equal((await api.post('/issues/unknown/note', { body_html: 'x' })).status, 404);
  assert.deepEqual(
    (await listMessages(api, issue.id)).data
      .slice(1)
      .filter((m) => m.is_private)
      .map((m) => m.id),
    [note.id],
  );
});

test("another workspace's token gets 404 posting a note", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  const other = await otherWorkspace();
  assert.equal((await other.api.post(`/issues/${issue.id}/note`, { body_html: 'x' })).status, 404);
  assert.equal((await listMessages(api, issue.id)).data.length, 1);
});

test('concurrent first notes on an issue share one default thread', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) => api.post(`/issues/${issue.id}/note`, { body_html: `n${i}` })),
  );
  assert.ok(
    results.every((r) => r.status === 200),
    results.map((r) => r.status).join(','),
  );
  const threads = (await api.get(`/issues/${issue.id}/threads`)).body.data;
  assert.equal(threads.length, 1);
  const notes = (await listMessages(api, issue.id)).data.slice(1).filter((m) => m.is_private);
  assert.equal(notes.length, 8);
  assert.ok(notes.every((m) => m.thread_id === threads[0].id));
});
