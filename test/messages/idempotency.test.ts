import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createIssue, firstMessageId, listMessages } from '../helpers/factories.js';

test('a retried reply with the same Idempotency-Key replays the first response and creates one message', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const body = { body_html: '<p>Once</p>', message_id: await firstMessageId(api, issue.id) };
  const headers = { 'idempotency-key': 'reply-1' };
  const first = await api.post(`/issues/${issue.id}/reply`, body, { headers });
  const retry = await api.post(`/issues/${issue.id}/reply`, body, { headers });
  assert.equal(retry.status, 200);
  assert.deepEqual(retry.body.data, first.body.data);
  assert.equal(retry.headers['idempotent-replayed'], 'true');
  assert.equal(first.headers['idempotent-replayed'], undefined);
  assert.equal((await listMessages(api, issue.id)).data.length, 2);
});

test('concurrent retries of one key still create one message', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const body = { body_html: '<p>Race</p>', message_id: await firstMessageId(api, issue.id) };
  const results = await Promise.all(
    Array.from({ length: 10 }, () =>
      api.post(`/issues/${issue.id}/reply`, body, { headers: { 'idempotency-key': 'race' } }),
    ),
  );
  assert.ok(results.every((r) => r.status === 200));
  assert.equal(new Set(results.map((r) => r.body.data.id)).size, 1);
  assert.equal((await listMessages(api, issue.id)).data.length, 2);
});

test('notes and thread creation are idempotent too', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const twice = async (path: string, body: unknown, key: string) => {
    const first = await api.post(path, body, { headers: { 'idempotency-key': key } });
    const second = await api.post(path, body, { headers: { 'idempotency-key': key } });
    assert.equal(first.status, 200);
    assert.equal(second.body.data.id, first.body.data.id);
  };
  await twice(`/issues/${issue.id}/note`, { body_html: 'n' }, 'n1');
  await twice(`/issues/${issue.id}/threads`, { name: 't' }, 't1');
  assert.equal(
    (await api.get(`/issues/${issue.id}/threads`)).body.data.length,
    2,
    'the default thread of the note, and one more',
  );
});

test('the same key with a different request → 400; an invalid key → 400; keys are per workspace', async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  const messageId = await firstMessageId(api, issue.id);
  await api.post(
    `/issues/${issue.id}/reply`,
    { body_html: 'a', message_id: messageId },
    { headers: { 'idempotency-key': 'k' } },
  );
  const changed = await api.post(
    `/issues/${issue.id}/reply`,
    { body_html: 'b', message_id: messageId },
    { headers: { 'idempotency-key': 'k' } },
  );
  assert.equal(changed.status, 400);
  assert.match(changed.body.errors[0], /Idempotency-Key/);
  const elsewhere = await api.post(
    `/issues/${issue.id}/note`,
    { body_html: 'a' },
    { headers: { 'idempotency-key': 'k' } },
  );
  assert.equal(elsewhere.status, 400, 'same key on another endpoint is another request');
  const bad = await api.post(
    `/issues/${issue.id}/note`,
    { body_html: 'a' },
    { headers: { 'idempotency-key': 'x'.repeat(256) } },
  );
  assert.equal(bad.status, 400);
  const other = await otherWorkspace();
  const theirIssue = await createIssue(other.api);
  const theirs = await other.api.post(
    `/issues/${theirIssue.id}/note`,
    { body_html: 'a' },
    { headers: { 'idempotency-key': 'k' } },
  );
  assert.equal(theirs.status, 200);
  assert.equal((await listMessages(api, issue.id)).data.length, 2);
});

test('a refused request stores nothing: fixing it and retrying with the same key works', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const refused = await api.post(
    `/issues/${issue.id}/note`,
    { body_html: 'x', thread_id: 'missing' },
    { headers: { 'idempotency-key': 'fix' } },
  );
  assert.equal(refused.status, 404);
  const fixed = await api.post(
    `/issues/${issue.id}/note`,
    { body_html: 'x', thread_id: 'missing' },
    { headers: { 'idempotency-key': 'fix' } },
  );
  assert.equal(fixed.status, 404);
});
