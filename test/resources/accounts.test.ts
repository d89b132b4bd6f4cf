import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount } from '../helpers/factories.js';

test('POST /accounts creates an account readable by id and by external id', async (t) => {
  const { api, userId } = await build(t);
  const created = await createAccount(api, {
    name: 'Stripe',
    domains: ['stripe.com', 'Stripe.dev'],
    primary_domain: 'stripe.com',
    owner_id: userId,
    tags: ['vip'],
    external_ids: [{ external_id: 'crm-1', label: 'CRM' }],
  });
  assert.equal(created.type, 'customer');
  assert.deepEqual(created.domains, ['stripe.com', 'stripe.dev']);
  for (const id of [created.id, 'crm-1']) {
    const res = await api.get(`/accounts/${id}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.data.id, created.id);
    assert.deepEqual(res.body.data.external_ids, [{ external_id: 'crm-1', label: 'CRM' }]);
  }
});

test('GET /accounts pages through every account', async (t) => {
  const { api } = await build(t);
  const ids = [];
  for (let i = 0; i < 5; i++) ids.push((await createAccount(api, { name: `A${i}` })).id);
  const seen = [];
  let cursor = '';
  do {
    const res = await api.get(`/accounts?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...res.body.data.map((a: { id: string }) => a.id));
    cursor = res.body.pagination.has_next_page ? res.body.pagination.cursor : '';
  } while (cursor);
  assert.deepEqual(seen, ids);
});

test('accounts: each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  await createAccount(api, { external_ids: [{ external_id: 'x-1' }] });
  const dup = await api.post('/accounts', { name: 'B', external_ids: [{ external_id: 'x-1' }] });
  assert.equal(dup.status, 400);
  assert.ok(dup.body.exists_id);
  assert.equal((await api.post('/accounts', { name: '' })).status, 400);
  assert.equal((await api.post('/accounts', { name: 'C', domains: ['https://x.com'] })).status, 400);
  assert.equal((await api.post('/accounts', { name: 'C', domains: ['x.com'], primary_domain: 'y.com' })).status, 400);
  assert.equal((await api.post('/accounts', { name: 'C', account_type: 'enemy' })).status, 400);
  assert.equal((await api.post('/accounts', { name: 'C', owner_id: 'nobody' })).status, 404);
  assert.equal((await api.get('/accounts/nothing')).status, 404);
});

test("another workspace's token gets 404 for an account, by id and by external id", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const account = await createAccount(api, { external_ids: [{ external_id: 'ext-9' }] });
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/accounts/${account.id}`)).status, 404);
  assert.equal((await other.api.get('/accounts/ext-9')).status, 404);
  assert.deepEqual((await other.api.get('/accounts')).body.data, []);
  // External ids are unique per workspace, not across them.
  assert.equal(
    (await other.api.post('/accounts', { name: 'Theirs', external_ids: [{ external_id: 'ext-9' }] })).status,
    200,
  );
});
