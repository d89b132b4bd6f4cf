import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createIssue } from '../helpers/factories.js';

test('POST /issues/{id}/threads creates an internal thread; GET lists them in creation order', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const named = await api.post(`/issues/${issue.id}/threads`, { name: 'Escalation' });
  assert.equal(named.status, 200);
  assert.deepEqual(Object.keys(named.body.data).sort(), ['id', 'issue_id', 'name', 'source']);
  assert.equal(named.body.data.issue_id, issue.id);
  assert.equal(named.body.data.name, 'Escalation');
  const unnamed = await api.request('POST', `/issues/${issue.number}/threads`, { raw: '' });
  assert.equal(unnamed.status, 200);
  assert.ok(unnamed.body.data.name);
  const list = await api.get(`/issues/${issue.id}/threads`);
  assert.deepEqual(
    list.body.data.map((th: { id: string }) => th.id),
    [named.body.data.id, unnamed.body.data.id],
  );
  assert.equal(list.body.data[0].channel_id, undefined, 'channel_id only for chat-synced threads');
});

test('threads: unknown issue → 404; a name of the wrong type → 400', async (t) => {
  const { api } = await build(t);
  assert.equal((await api.post('/issues/nope/threads', {})).status, 404);
  assert.equal((await api.get('/issues/nope/threads')).status, 404);
  const issue = await createIssue(api);
  assert.equal((await api.post(`/issues/${issue.id}/threads`, { name: 5 })).status, 400);
});

test("another workspace's token gets 404 listing or creating threads", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/issues/${issue.id}/threads`)).status, 404);
  assert.equal((await other.api.post(`/issues/${issue.id}/threads`, { name: 'x' })).status, 404);
  assert.deepEqual((await api.get(`/issues/${issue.id}/threads`)).body.data, []);
});
