import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount } from '../helpers/factories.js';

test('account relationships: create a parent and a partner, list them, delete one', async (t) => {
  const { api, app } = await build(t);
  const child = await createAccount(api, { name: 'Child', external_ids: [{ external_id: 'child-ext' }] });
  const parent = await createAccount(api, { name: 'Parent' });
  const partner = await createAccount(api, { name: 'Partner' });
  const created = await api.post('/accounts/child-ext/relationship', {
    related_object_id: parent.id,
    relationship_type: 'parent_account',
  });
  assert.equal(created.status, 200, created.text);
  const link = created.body.data;
  assert.equal(link.child_account_id, child.id);
  assert.equal(link.parent_account_id, parent.id);
  assert.equal(link.related_object_id, parent.id);
  assert.equal(link.relationship_type, 'parent_account');
  assert.ok(link.id && link.created_at && link.updated_at);
  const partnerLink = (
    await api.post(`/accounts/${child.id}/relationship`, {
      related_object_id: partner.id,
      relationship_type: 'partner_account',
    })
  ).body.data;
  const listed = await api.get(`/accounts/${child.id}/relationships`);
  assert.equal(listed.status, 200);
  assert.deepEqual(listed.body.data, [link, partnerLink]);
  // Only where the account is the child.
  assert.deepEqual((await api.get(`/accounts/${parent.id}/relationships`)).body.data, []);

  const removed = await api.delete(`/accounts/${child.id}/relationships/${link.id}`);
  assert.equal(removed.status, 200, removed.text);
  assert.deepEqual(removed.body.data, link);
  assert.deepEqual((await api.get(`/accounts/${child.id}/relationships`)).body.data, [partnerLink]);
  assert.equal((await api.delete(`/accounts/${child.id}/relationships/${link.id}`)).status, 404);
  const events = await app.helpline.store.db
    .selectFrom('events')
    .select(['type', 'subject_id'])
    .where('type', 'like', 'account_relationship.%')
    .orderBy('id')
    .execute();
  assert.deepEqual(
    events.map((e) => [e.type, e.subject_id]),
    [
      ['account_relationship.created', link.id],
      ['account_relationship.created', partnerLink.id],
      ['account_relationship.deleted', link.id],
    ],
  );
});

test('account relationships: each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  const a = await createAccount(api, { name: 'A' });
  const b = await createAccount(api, { name: 'B' });
  const c = await createAccount(api, { name: 'C' });
  const link = (type: string, child: string, parent: string) =>
    api.post(`/accounts/${child}/relationship`, { related_object_id: parent, relationship_type: type });
  const first = await link('parent_account', a.id, b.id);
  assert.equal(first.status, 200);
  const again = await link('parent_account', a.id, b.id);
  assert.equal(again.status, 400);
  assert.equal(again.body.exists_id, first.body.data.id);
  const secondParent = await link('parent_account', a.id, c.id);
  assert.equal(secondParent.status, 400);
  assert.equal(secondParent.body.exists_id, first.body.data.id);
  // b → a would make a its own grandparent.
  assert.equal((await link('parent_account', b.id, a.id)).status, 400);
  assert.equal((await link('partner_account', a.id, a.id)).status, 400);
  assert.equal((await link('sister_account', a.id, c.id)).status, 400);
  assert.equal((await api.post(`/accounts/${a.id}/relationship`, { related_object_id: c.id })).status, 400);
  assert.equal((await link('partner_account', a.id, 'missing')).status, 404);
  assert.equal((await link('partner_account', 'missing', a.id)).status, 404);
  assert.equal((await api.get('/accounts/missing/relationships')).status, 404);
  // A relationship is found through its child only.
  assert.equal((await api.delete(`/accounts/${b.id}/relationships/${first.body.data.id}`)).status, 404);
  assert.equal((await api.get(`/accounts/${a.id}/relationships`)).body.data.length, 1);
});

test("account relationships of another workspace's accounts → 404", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const a = await createAccount(api, { name: 'A' });
  const b = await createAccount(api, { name: 'B' });
  const link = (
    await api.post(`/accounts/${a.id}/relationship`, { related_object_id: b.id, relationship_type: 'partner_account' })
  ).body.data;
  const other = await otherWorkspace();
  const theirs = await createAccount(other.api, { name: 'Theirs' });
  assert.equal((await other.api.get(`/accounts/${a.id}/relationships`)).status, 404);
  assert.equal((await other.api.delete(`/accounts/${a.id}/relationships/${link.id}`)).status, 404);
  const body = { related_object_id: a.id, relationship_type: 'partner_account' };
  assert.equal((await other.api.post(`/accounts/${theirs.id}/relationship`, body)).status, 404);
  assert.equal((await api.get(`/accounts/${a.id}/relationships`)).body.data.length, 1);
});
