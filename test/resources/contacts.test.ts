import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount, createContact } from '../helpers/factories.js';

test('POST /contacts creates a contact, with its account by id or external id', async (t) => {
  const { api } = await build(t);
  const account = await createAccount(api, { external_ids: [{ external_id: 'acme' }] });
  const byId = await createContact(api, {
    name: 'Ada',
    email: 'ada@acme.com',
    account_id: account.id,
    phone_numbers: ['15551234567'],
  });
  assert.equal(byId.email, 'ada@acme.com');
  const read = await api.get(`/contacts/${byId.id}`);
  assert.equal(read.body.data.account.id, account.id);
  assert.deepEqual(read.body.data.account.external_ids, [{ external_id: 'acme' }]);
  assert.equal(read.body.data.primary_phone_number, '15551234567');
  const byExternal = await createContact(api, { account_external_id: 'acme' });
  assert.equal((await api.get(`/contacts/${byExternal.id}`)).body.data.account.id, account.id);
});

test('a second contact with the same email (any case) → 400 with exists_id of the first', async (t) => {
  const { api } = await build(t);
  const first = await createContact(api, { email: 'Same@Example.com' });
  const second = await api.post('/contacts', { name: 'Twin', email: 'same@example.com' });
  assert.equal(second.status, 400);
  assert.equal(second.body.exists_id, first.id);
  assert.equal((await api.get('/contacts')).body.data.length, 1);
});

test('contacts: each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  assert.equal((await api.post('/contacts', { name: 'X', email: 'not-an-email' })).status, 400);
  assert.equal((await api.post('/contacts', { name: ' ' })).status, 400);
  assert.equal((await api.post('/contacts', { name: 'X', phone_numbers: ['+1 555'] })).status, 400);
  assert.equal((await api.post('/contacts', { name: 'X', portal_role: 'owner' })).status, 400);
  assert.equal((await api.post('/contacts', { name: 'X', account_id: 'a', account_external_id: 'b' })).status, 400);
  assert.equal((await api.post('/contacts', { name: 'X', account_id: 'missing' })).status, 404);
  assert.equal((await api.get('/contacts/missing')).status, 404);
});

test('GET /contacts pages with cursor and limit', async (t) => {
  const { api } = await build(t);
  const ids = [];
  for (let i = 0; i < 3; i++) ids.push((await createContact(api)).id);
  const page1 = await api.get('/contacts?limit=2');
  assert.equal(page1.body.pagination.has_next_page, true);
  const page2 = await api.get(`/contacts?limit=2&cursor=${page1.body.pagination.cursor}`);
  assert.deepEqual(
    [...page1.body.data, ...page2.body.data].map((c: { id: string }) => c.id),
    ids,
  );
  assert.equal(page2.body.pagination.has_next_page, false);
  const foreign = await api.get(`/contacts?cursor=${page1.body.pagination.cursor.replace(/.$/, '')}x`);
  assert.equal(foreign.status, 400);
});

test("another workspace's token gets 404 for a contact and may reuse its email", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const contact = await createContact(api, { email: 'shared@example.com' });
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/contacts/${contact.id}`)).status, 404);
  assert.deepEqual((await other.api.get('/contacts')).body.data, []);
  assert.equal((await other.api.post('/contacts', { name: 'Also', email: 'shared@example.com' })).status, 200);
});
