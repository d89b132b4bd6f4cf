import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount } from '../helpers/factories.js';

const future = () => new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');

test('account highlights: create, update and delete, each stored and announced', async (t) => {
  const { api, app } = await build(t);
  const account = await createAccount(api, { external_ids: [{ external_id: 'acme' }] });
  const expires = future();
  const created = await api.post('/accounts/acme/highlights', {
    content_html: '<p>Renewal in May</p>',
    expires_at: expires,
  });
  assert.equal(created.status, 200, created.text);
  const highlight = created.body.data;
  assert.equal(highlight.account_id, account.id);
  assert.equal(highlight.content_html, '<p>Renewal in May</p>');
  assert.equal(highlight.expires_at, new Date(expires).toISOString());
  assert.ok(highlight.id && highlight.created_at && highlight.updated_at);
  const db = app.helpline.store.db;
  const stored = async () =>
    db.selectFrom('account_highlights').selectAll().where('id', '=', highlight.id).executeTakeFirst();
  assert.equal((await stored())?.content_html, '<p>Renewal in May</p>');

  const url = `/accounts/${account.id}/highlights/${highlight.id}`;
  const updated = await api.patch(url, { content_html: '<p>Renewal in June</p>' });
  assert.equal(updated.status, 200, updated.text);
  assert.equal(updated.body.data.content_html, '<p>Renewal in June</p>');
  assert.equal(updated.body.data.expires_at, highlight.expires_at);
  const permanent = await api.patch('/accounts/acme/highlights/' + highlight.id, { expires_at: '' });
  assert.equal(permanent.body.data.expires_at, undefined);
  assert.equal((await stored())?.expires_at, null);

  const deleted = await api.delete(url);
  assert.equal(deleted.status, 200, deleted.text);
  assert.deepEqual(deleted.body.data, { success: true });
  assert.equal(await stored(), undefined);
  assert.equal((await api.delete(url)).status, 404);
  const types = (
    await db.selectFrom('events').select('type').where('subject_id', '=', highlight.id).orderBy('id').execute()
  ).map((e) => e.type);
  assert.deepEqual(types, [
    'account_highlight.created',
    'account_highlight.updated',
    'account_highlight.updated',
    'account_highlight.deleted',
  ]);
});

test('account highlights: each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  const account = await createAccount(api);
  const other = await createAccount(api, { name: 'Other' });
  const base = `/accounts/${account.id}/highlights`;
  for (const body of [
    {},
    { content_html: ' ' },
    { content_html: 'x', expires_at: 'tomorrow' },
    { content_html: 'x', expires_at: '2001-01-01T00:00:00Z' },
  ]) {
    assert.equal((await api.post(base, body)).status, 400, JSON.stringify(body));
  }
  assert.equal((await api.post('/accounts/missing/highlights', { content_html: 'x' })).status, 404);
  const highlight = (await api.post(base, { content_html: '<p>Keep</p>' })).body.data;
  assert.equal((await api.patch(`${base}/${highlight.id}`, { content_html: '' })).status, 400);
  assert.equal((await api.patch(`${base}/${highlight.id}`, { expires_at: '2001-01-01T00:00:00.5Z' })).status, 400);
  assert.equal((await api.patch(`${base}/missing`, { content_html: 'x' })).status, 404);
  // A highlight is found through its own account only.
  assert.equal(
    (await api.patch(`/accounts/${other.id}/highlights/${highlight.id}`, { content_html: 'x' })).status,
    404,
  );
  assert.equal((await api.delete(`/accounts/${other.id}/highlights/${highlight.id}`)).status, 404);
  assert.equal((await api.patch(`${base}/${highlight.id}`, {})).body.data.content_html, '<p>Keep</p>');
});

test("account highlights of another workspace's account → 404", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const account = await createAccount(api);
  const highlight = (await api.post(`/accounts/${account.id}/highlights`, { content_html: '<p>Mine</p>' })).body.data;
  const other = await otherWorkspace();
  const url = `/accounts/${account.id}/highlights/${highlight.id}`;
  assert.equal((await other.api.post(`/accounts/${account.id}/highlights`, { content_html: 'x' })).status, 404);
  assert.equal((await other.api.patch(url, { content_html: 'Stolen' })).status, 404);
  assert.equal((await other.api.delete(url)).status, 404);
  assert.equal((await api.patch(url, {})).body.data.content_html, '<p>Mine</p>');
});
