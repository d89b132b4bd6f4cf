import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from './helpers/build.js';
import { createIssue, postNote } from './helpers/factories.js';

test(
  'GET /audit-logs records redactions, deletions and token creations — who, what, when, ' + 'never content',
  async (t) => {
    const { api, userId } = await build(t);
    const issue = await createIssue(api);
    const redacted = await postNote(api, issue.id, { body_html: 'AUDIT-SECRET-1' });
    const deleted = await postNote(api, issue.id, { body_html: 'AUDIT-SECRET-2' });
    await api.post(`/issues/${issue.id}/messages/${redacted.id}/redact`);
    await api.delete(`/issues/${issue.id}/messages/${deleted.id}`);
    const res = await api.get('/audit-logs');
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.data.map((e: { action: string }) => e.action),
      ['api_token.created', 'message.redacted', 'message.deleted'],
    );
    const [, redaction, deletion] = res.body.data;
    assert.equal(redaction.object_type, 'message');
    assert.equal(redaction.object_id, redacted.id);
    assert.equal(redaction.actor_user_id, userId);
    assert.ok(Date.parse(redaction.action_happened_at));
    assert.equal(deletion.object_id, deleted.id);
    assert.doesNotMatch(res.text, /AUDIT-SECRET/);
  },
);

test('audit logs page with cursor and limit, and are per workspace', async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  for (let i = 0; i < 3; i++) {
    const note = await postNote(api, issue.id);
    await api.post(`/issues/${issue.id}/messages/${note.id}/redact`);
  }
  const page1 = await api.get('/audit-logs?limit=2');
  const page2 = await api.get(`/audit-logs?limit=2&cursor=${page1.body.pagination.cursor}`);
  assert.equal(page1.body.pagination.has_next_page, true);
  assert.equal(page2.body.pagination.has_next_page, false);
  assert.equal(page1.body.data.length + page2.body.data.length, 4);
  assert.equal((await api.get('/audit-logs?limit=5000')).status, 400);
  const other = await otherWorkspace();
  const theirs = await other.api.get('/audit-logs');
  assert.deepEqual(
    theirs.body.data.map((e: { action: string }) => e.action),
    ['api_token.created'],
  );
  assert.equal(
    (await other.api.get(`/audit-logs?cursor=${page1.body.pagination.cursor}`)).status,
    400,
    "another workspace's cursor",
  );
});
