import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadApiRoutes } from '../../src/surfaces/api/routes.js';
import { build } from '../helpers/build.js';
import { createIssue, firstMessageId, postNote } from '../helpers/factories.js';

const ROUTES = (await loadApiRoutes()).filter((r) => !r.testControl);
const concrete = (url: string) => url.replace(/:[a-z_]+/g, '01a20f73-0000-7000-8000-000000000000');
const adminOnly = ROUTES.filter((r) => r.role === 'admin');

// Admins: permanent deletion of customer data, the workspace's configuration (teams, tags, fields, types, knowledge
// bases, macro groups, surveys, forms, AI agents, training data), imports, logs, users, tokens and webhooks.
test('the admin-only operations are exactly the policy: deletions, configuration, imports, logs, users, tokens', () => {
  assert.deepEqual(adminOnly.map((r) => `${r.method} ${r.url}`).sort(), [
    'DELETE /accounts/:id',
    'DELETE /call-recordings/:id',
    'DELETE /contacts/:id',
    'DELETE /custom-objects/:type/:id',
    'DELETE /feature-requests/:id',
    'DELETE /helpline/api-tokens/:id',
    'DELETE /helpline/imap-mailboxes/:id',
    'DELETE /issues/:id',
    'DELETE /issues/:id/messages/:message_id',
    'DELETE /tags/:id',
    'DELETE /training-data/:id/documents',
    'DELETE /webhooks/:id',
    'GET /audit-logs',
    'GET /helpline/api-tokens',
    'GET /helpline/imap-mailboxes',
    'GET /helpline/imap-mailboxes/:id',
    'GET /webhooks',
    'GET /webhooks/:id',
    'GET /webhooks/:id/deliveries',
    'PATCH /custom-fields/:id',
    'PATCH /helpline/imap-mailboxes/:id',
    'PATCH /tags/:id',
    'PATCH /teams/:id',
    'PATCH /users/:id',
    'POST /accounts/merge',
    'POST /activity-types',
    'POST /ai-agents',
    'POST /audit-logs/search',
    'POST /call-recordings',
    'POST /custom-fields',
    'POST /custom-object-types',
    'POST /helpline/api-tokens',
    'POST /helpline/imap-mailboxes',
    'POST /helpline/imap-mailboxes/:id/test',
    'POST /helpline/users/:id/deactivate',
    'POST /helpline/users/:id/reactivate',
    'POST /import/contacts',
    'POST /import/issues',
    'POST /import/issues/:id/messages',
    'POST /knowledge-bases',
    'POST /macro-groups',
    'POST /surveys',
    'POST /tags',
    'POST /teams',
    'POST /ticket-forms',
    'POST /training-data',
    'POST /training-data/upload',
    'POST /training-data/upload-content',
    'POST /webhooks',
    'POST /webhooks/:id/deliveries/:delivery_id/replay',
    'POST /webhooks/:id/resume',
    'POST /webhooks/:id/rotate-secret',
  ]);
  for (const route of ROUTES.filter((r) => r.url.startsWith('/webhooks') || r.url.startsWith('/helpline/'))) {
    assert.equal(route.role, 'admin', `${route.method} ${route.url}`);
  }
});

test("a member's token gets 403 in the error envelope on every admin-only operation, HEAD included", async (t) => {
  const { app, member } = await build(t);
  const { api, token } = await member();
  for (const route of adminOnly) {
    const res = await api.request(route.method, concrete(route.url), route.method === 'POST' ? { body: {} } : {});
    assert.equal(res.status, 403, `${route.method} ${route.url}: ${res.text}`);
    assert.deepEqual(res.body.errors, ['This operation needs an admin token'], `${route.method} ${route.url}`);
    assert.equal(res.headers['x-rate-limit-remaining'], undefined, 'a refused call costs no allowance');
    if (route.method === 'GET') {
      const head = await app.inject({
        method: 'HEAD',
        url: concrete(route.url),
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(head.statusCode, 403, `HEAD ${route.url}`);
    }
  }
});

test('a member may not delete an issue or a message: 403, and both are still there', async (t) => {
  const { api: admin, member } = await build(t);
  const { api } = await member();
  const issue = await createIssue(admin);
  const note = await postNote(admin, issue.id);
  assert.equal((await api.delete(`/issues/${issue.id}/messages/${note.id}`)).status, 403);
  assert.equal((await api.delete(`/issues/${issue.id}`)).status, 403);
  const messages = await admin.get(`/issues/${issue.id}/messages`);
  assert.ok(messages.body.data.some((m: { id: string }) => m.id === note.id));
  assert.equal((await admin.get(`/issues/${issue.id}`)).status, 200);
  assert.equal((await admin.delete(`/issues/${issue.id}/messages/${note.id}`)).status, 200);
  assert.equal((await admin.delete(`/issues/${issue.id}`)).status, 200);
});

test('members do the daily work: read, create and update issues, reply, note, thread, assign, redact', async (t) => {
  const { member } = await build(t);
  const { api, userId } = await member();
  const issue = await createIssue(api);
  const first = await firstMessageId(api, issue.id);
  const reads = [
    '/me',
    '/users',
    `/users/${userId}`,
    '/issues?start_time=2024-03-01T00:00:00Z&end_time=2024-03-31T00:00:00Z',
    `/issues/${issue.id}`,
    `/issues/${issue.id}/messages`,
  ];
  for (const url of [...reads, `/issues/${issue.id}/threads`, '/contacts', '/accounts', '/events']) {
    assert.equal((await api.get(url)).status, 200, `GET ${url}`);
  }
  const update = await api.patch(`/issues/${issue.id}`, { state: 'waiting_on_customer', assignee_id: userId });
  assert.equal(update.status, 200, update.text);
  assert.equal(update.body.data.assignee.id, userId);
  assert.equal((await api.post(`/issues/${issue.id}/reply`, { body_html: 'r', message_id: first })).status, 200);
  const note = await postNote(api, issue.id, { body_html: 'the customer pasted a password' });
  assert.equal((await api.post(`/issues/${issue.id}/threads`, { name: 'Escalation' })).status, 200);
  const redacted = await api.post(`/issues/${issue.id}/messages/${note.id}/redact`);
  assert.equal(redacted.status, 200, redacted.text);
  assert.equal((await api.post('/contacts', { name: 'Ada' })).status, 200);
});

test('admins may do what members may not; roles never turn a 404 into a 403 or the other way round', async (t) => {
  const { api, member, otherWorkspace } = await build(t);
  for (const url of ['/audit-logs', '/webhooks', '/helpline/api-tokens']) {
    assert.equal((await api.get(url)).status, 200, `GET ${url}`);
  }
  const issue = await createIssue(api);
  const other = await otherWorkspace();
  assert.equal((await other.api.delete(`/issues/${issue.id}`)).status, 404, "another workspace's admin: not found");
  const { api: memberApi } = await member();
  assert.equal((await memberApi.delete('/issues/does-not-exist')).status, 403, 'a member learns nothing either way');
});

test('without a valid token an admin-only operation answers 401, not 403', async (t) => {
  const { api, token } = await build(t);
  for (const route of adminOnly) {
    const url = concrete(route.url);
    assert.equal((await api.request(route.method, url, { token: null })).status, 401, `${route.method} ${url}`);
    assert.equal((await api.request(route.method, url, { token: `${token}x` })).status, 401, `${route.method} ${url}`);
  }
});
