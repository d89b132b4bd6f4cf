import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import type { Api } from '../helpers/build.js';
import { createAccount } from '../helpers/factories.js';

async function createRequest(api: Api, fields: Record<string, unknown> = {}) {
  const res = await api.post('/feature-requests', { title: 'Dark mode', ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; [k: string]: unknown };
}

const eventTypes = async (api: Api) =>
  (await api.get('/events?limit=1000')).body.data.map((e: { type: string }) => e.type);

test('POST /feature-requests creates a new request readable by id, with or without evidence', async (t) => {
  const { api } = await build(t);
  const res = await api.post('/feature-requests', {
    title: '  Dark mode ',
    description: 'Customers want a dark theme.',
    should_auto_fetch_evidence: null,
  });
  assert.equal(res.status, 200, res.text);
  const request = res.body.data;
  assert.deepEqual(
    { ...request, id: undefined, created_at: undefined, updated_at: undefined },
    {
      id: undefined,
      created_at: undefined,
      updated_at: undefined,
      title: 'Dark mode',
      description: 'Customers want a dark theme.',
      request_status: 'new',
      custom_fields: {},
      portal_visible_to_account_ids: [],
      evidence_count: 0,
    },
  );
  assert.deepEqual((await api.get(`/feature-requests/${request.id}`)).body.data, request);
  const withEvidence = await api.get(`/feature-requests/${request.id}?fetch_evidence=true`);
  assert.deepEqual(withEvidence.body.data, { ...request, evidence: [] });
  assert.ok((await eventTypes(api)).includes('feature_request.created'));
});

test('POST /feature-requests: a title is required and not empty', async (t) => {
  const { api } = await build(t);
  assert.equal((await api.post('/feature-requests', { description: 'x' })).status, 400);
  assert.equal((await api.post('/feature-requests', { title: '   ' })).status, 400);
  assert.equal((await api.post('/feature-requests', { title: 'x'.repeat(301) })).status, 400);
  assert.deepEqual((await api.post('/feature-requests/search', {})).body.data, []);
});

test('PATCH /feature-requests/{id} changes the status and is announced; each rule is a 400 or 404', async (t) => {
  const { api } = await build(t);
  const request = await createRequest(api);
  const res = await api.patch(`/feature-requests/${request.id}`, { request_status: 'in_progress' });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.request_status, 'in_progress');
  assert.equal(res.body.data.title, 'Dark mode');
  assert.equal((await api.get(`/feature-requests/${request.id}`)).body.data.request_status, 'in_progress');
  assert.ok((await eventTypes(api)).includes('feature_request.updated'));
  const unchanged = await api.patch(`/feature-requests/${request.id}`, {});
  assert.equal(unchanged.body.data.request_status, 'in_progress');
  assert.equal((await api.patch(`/feature-requests/${request.id}`, { request_status: 'someday' })).status, 400);
  const field = await api.patch(`/feature-requests/${request.id}`, {
    custom_fields: [{ slug: 'priority', value: 'p1' }],
  });
  assert.equal(field.status, 400);
  assert.deepEqual(field.body.errors, ['custom_fields: there is no feature request custom field "priority"']);
  assert.equal((await api.patch('/feature-requests/missing', { request_status: 'closed' })).status, 404);
  assert.equal((await api.get('/feature-requests/missing')).status, 404);
});

test('POST /feature-requests/search: query words, statuses, accounts and limit', async (t) => {
  const { api } = await build(t);
  const dark = await createRequest(api, { title: 'Dark mode', description: 'A darker THEME at night' });
  const sso = await createRequest(api, { title: 'SSO login', description: 'Okta and SAML' });
  const csv = await createRequest(api, { title: 'CSV export', description: 'Export the theme list' });
  await api.patch(`/feature-requests/${sso.id}`, { request_status: 'closed' });
  const search = async (body: Record<string, unknown>) => {
    const res = await api.post('/feature-requests/search', body);
    assert.equal(res.status, 200, res.text);
    return res.body.data.map((r: { id: string }) => r.id);
  };
  assert.deepEqual(await search({}), [dark.id, sso.id, csv.id]);
  assert.deepEqual(await search({ query: 'theme' }), [dark.id, csv.id]);
  assert.deepEqual(await search({ query: 'dark theme' }), [dark.id]);
  assert.deepEqual(await search({ query: 'saml' }), [sso.id]);
  assert.deepEqual(await search({ request_statuses: ['closed'] }), [sso.id]);
  assert.deepEqual(await search({ request_statuses: ['new', 'archived'], query: 'export' }), [csv.id]);
  assert.deepEqual(await search({ limit: 2 }), [dark.id, sso.id]);
  // Evidence links requests to accounts; none is gathered, so no request is any account's.
  const account = await createAccount(api);
  assert.deepEqual(await search({ account_ids: [account.id] }), []);
  const result = (await api.post('/feature-requests/search', { query: 'sso' })).body.data[0];
  assert.deepEqual(result.account_ids, []);
  assert.equal(result.request_status, 'closed');
  assert.equal((await api.post('/feature-requests/search', { limit: 0 })).status, 400);
  assert.equal((await api.post('/feature-requests/search', { limit: 1001 })).status, 400);
});

test('POST /feature-requests/{id}/set-portal-visibility adds and removes accounts, idempotently', async (t) => {
  const { api } = await build(t);
  const request = await createRequest(api);
  const a = await createAccount(api, { name: 'A' });
  const b = await createAccount(api, { name: 'B' });
  const set = (body: Record<string, unknown>) =>
    api.post(`/feature-requests/${request.id}/set-portal-visibility`, body);
  const res = await set({ account_ids: [a.id, b.id, a.id], visible: true });
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(res.body.data.portal_visible_to_account_ids, [a.id, b.id]);
  assert.deepEqual((await set({ account_ids: [a.id], visible: true })).body.data.portal_visible_to_account_ids, [
    a.id,
    b.id,
  ]);
  assert.deepEqual((await set({ account_ids: [a.id], visible: false })).body.data.portal_visible_to_account_ids, [
    b.id,
  ]);
  assert.deepEqual((await set({ account_ids: [a.id], visible: false })).body.data.portal_visible_to_account_ids, [
    b.id,
  ]);
  const stored = (await api.get(`/feature-requests/${request.id}`)).body.data;
  assert.deepEqual(stored.portal_visible_to_account_ids, [b.id]);
  const updates = (await eventTypes(api)).filter((type: string) => type === 'feature_request.updated');
  assert.equal(updates.length, 2, 'a change that changes nothing is not announced');
  assert.equal((await set({ account_ids: ['no-such-account'], visible: true })).status, 404);
  assert.equal((await set({ account_ids: [], visible: true })).status, 400);
  assert.equal((await set({ account_ids: [a.id] })).status, 400);
  assert.equal(
    (await api.post('/feature-requests/missing/set-portal-visibility', { account_ids: [a.id], visible: true })).status,
    404,
  );
});

test('DELETE /feature-requests/{id} deletes for good, announced and audited; a member gets 403', async (t) => {
  const { api, member } = await build(t);
  const request = await createRequest(api);
  const { api: memberApi } = await member();
  assert.equal((await memberApi.delete(`/feature-requests/${request.id}`)).status, 403);
  const res = await api.delete(`/feature-requests/${request.id}`);
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(Object.keys(res.body), ['request_id']);
  assert.equal((await api.get(`/feature-requests/${request.id}`)).status, 404);
  assert.equal((await api.delete(`/feature-requests/${request.id}`)).status, 404);
  assert.deepEqual((await api.post('/feature-requests/search', {})).body.data, []);
  assert.ok((await eventTypes(api)).includes('feature_request.deleted'));
  const actions = (await api.get('/audit-logs')).body.data.map((e: { action: string }) => e.action);
  assert.ok(actions.includes('feature_request.deleted'));
});

test("feature requests are members' daily work, and stay in their workspace", async (t) => {
  const { api, member, otherWorkspace } = await build(t);
  const { api: memberApi } = await member();
  const request = await createRequest(memberApi);
  assert.equal((await memberApi.patch(`/feature-requests/${request.id}`, { request_status: 'closed' })).status, 200);
  const other = await otherWorkspace();
  const theirAccount = await createAccount(other.api);
  assert.equal((await other.api.get(`/feature-requests/${request.id}`)).status, 404);
  assert.equal((await other.api.patch(`/feature-requests/${request.id}`, { request_status: 'new' })).status, 404);
  assert.equal((await other.api.delete(`/feature-requests/${request.id}`)).status, 404);
  const visibility = { account_ids: [theirAccount.id], visible: true };
  assert.equal((await other.api.post(`/feature-requests/${request.id}/set-portal-visibility`, visibility)).status, 404);
  assert.equal((await api.post(`/feature-requests/${request.id}/set-portal-visibility`, visibility)).status, 404);
  assert.deepEqual((await other.api.post('/feature-requests/search', {})).body.data, []);
  assert.equal((await api.get(`/feature-requests/${request.id}`)).body.data.request_status, 'closed');
});
