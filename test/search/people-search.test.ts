import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, type Api } from '../helpers/build.js';
import { createAccount, createContact, createIssue } from '../helpers/factories.js';

const ENV = { RATE_LIMIT_MULTIPLIER: '100' };

async function found(api: Api, url: string, body: unknown): Promise<string[]> {
  const res = await api.post(url, body);
  assert.equal(res.status, 200, res.text);
  return res.body.data.map((item: { id: string }) => item.id);
}

test('POST /contacts/search: email, name and account filters, and search_text over name and email', async (t) => {
  const { api } = await build(t, { env: ENV });
  const account = await createAccount(api, { name: 'Globex' });
  const ada = await createContact(api, { name: 'Ada Lovelace', email: 'ada@analytical.example' });
  const alan = await createContact(api, {
    name: 'Alan Turing',
    email: 'alan@bletchley.example',
    account_id: account.id,
  });
  const url = '/contacts/search';
  assert.deepEqual(await found(api, url, { filter: { field: 'email', operator: 'equals', value: ada.email } }), [
    ada.id,
  ]);
  assert.deepEqual(await found(api, url, { filter: { field: 'name', operator: 'string_contains', value: 'turing' } }), [
    alan.id,
  ]);
  assert.deepEqual(await found(api, url, { filter: { field: 'account_id', operator: 'in', values: [account.id] } }), [
    alan.id,
  ]);
  assert.deepEqual(await found(api, url, { filter: { field: 'id', operator: 'not_in', values: [ada.id] } }), [alan.id]);
  assert.deepEqual(await found(api, url, { search_text: 'BLETCHLEY' }), [alan.id]);
  assert.deepEqual(
    await found(api, url, { search_text: 'a', filter: { field: 'name', operator: 'string_contains', value: 'ada' } }),
    [ada.id],
    'search_text and filter intersect',
  );
  const refused = await api.post(url, { filter: { field: 'email', operator: 'is_set' } });
  assert.equal(refused.status, 400);
  assert.match(refused.body.errors[0], /is_set/);
});

test('POST /accounts/search: domains, tags, external ids, owner and search_text', async (t) => {
  const { api, userId } = await build(t, { env: ENV });
  const acme = await createAccount(api, { name: 'Acme', domains: ['acme.com'], tags: ['vip'], owner_id: userId });
  const initech = await createAccount(api, {
    name: 'Initech',
    domains: ['initech.io'],
    external_ids: [{ external_id: 'crm-7' }],
  });
  const url = '/accounts/search';
  const by = (filter: unknown) => found(api, url, { filter });
  assert.deepEqual(await by({ field: 'domains', operator: 'contains', value: 'initech.io' }), [initech.id]);
  assert.deepEqual(await by({ field: 'tags', operator: 'not_in', values: ['vip'] }), [initech.id]);
  assert.deepEqual(await by({ field: 'external_ids', operator: 'equals', value: 'crm-7' }), [initech.id]);
  assert.deepEqual(await by({ field: 'external_ids', operator: 'is_unset' }), [acme.id]);
  assert.deepEqual(await by({ field: 'owner_id', operator: 'is_set' }), [acme.id]);
  assert.deepEqual(await found(api, url, { search_text: 'initech' }), [initech.id]);
  assert.deepEqual(await found(api, url, { search_text: 'ACME.COM' }), [acme.id]);
  assert.equal((await api.post(url, { filter: { field: 'revenue', operator: 'equals', value: '1' } })).status, 400);
});

test('POST /users/search by email; POST /audit-logs/search by action and time, admins only', async (t) => {
  const built = await build(t, { env: ENV });
  const { api } = built;
  const me = (await api.get('/me')).body.data.user;
  assert.deepEqual(
    await found(api, '/users/search', { filter: { field: 'email', operator: 'equals', value: me.email } }),
    [me.id],
  );
  assert.deepEqual(
    await found(api, '/users/search', { filter: { field: 'email', operator: 'in', values: ['x@y.z'] } }),
    [],
  );
  const issue = await createIssue(api);
  assert.equal((await api.delete(`/issues/${issue.id}`)).status, 200);
  const deleted = await found(api, '/audit-logs/search', {
    filter: { field: 'action', operator: 'equals', value: 'issue.deleted' },
  });
  assert.equal(deleted.length, 1);
  const later = await found(api, '/audit-logs/search', {
    filter: { field: 'action_happened_at', operator: 'time_is_after', value: '2999-01-01T00:00:00Z' },
  });
  assert.deepEqual(later, []);
  const { api: member } = await built.member();
  assert.equal((await member.post('/audit-logs/search', {})).status, 403);
  assert.equal((await member.post('/users/search', {})).status, 200);
});

test("searches see only the caller's workspace", async (t) => {
  const { api, otherWorkspace } = await build(t, { env: ENV });
  await createContact(api, { name: 'Only Mine' });
  await createAccount(api, { name: 'Mine Inc' });
  const other = await otherWorkspace();
  assert.deepEqual(await found(other.api, '/contacts/search', { search_text: 'Only Mine' }), []);
  assert.deepEqual(await found(other.api, '/accounts/search', { search_text: 'Mine Inc' }), []);
  assert.equal((await api.post('/contacts/search', {}, { token: null })).status, 401);
});
