import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount, createContact } from '../helpers/factories.js';

test("GET /activity-types lists the workspace's catalog, the same on every read", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const res = await api.get('/activity-types');
  assert.equal(res.status, 200);
  assert.deepEqual(
    res.body.data.map((a: { slug: string; label: string }) => [a.slug, a.label]),
    [
      ['call', 'Call'],
      ['email', 'Email'],
      ['meeting', 'Meeting'],
      ['note', 'Note'],
      ['product_usage', 'Product usage'],
      ['renewal', 'Renewal'],
    ],
  );
  assert.ok(res.body.data.every((a: { id: string }) => typeof a.id === 'string' && a.id.length > 0));
  assert.deepEqual(res.body.pagination, { cursor: '', has_next_page: false });
  assert.deepEqual((await api.get('/activity-types')).body.data, res.body.data);
  // Each workspace has its own catalog.
  const theirs = (await (await otherWorkspace()).api.get('/activity-types')).body.data;
  assert.equal(theirs.length, res.body.data.length);
  assert.ok(theirs.every((a: { id: string }) => !res.body.data.some((b: { id: string }) => b.id === a.id)));
});

test('POST /accounts/{id}/activities logs an activity on the account, stored and announced', async (t) => {
  const { api, app, userId } = await build(t);
  const account = await createAccount(api, { external_ids: [{ external_id: 'acme' }] });
  const contact = await createContact(api);
  const res = await api.post('/accounts/acme/activities', {
    slug: 'call',
    body_html: '<p>Quarterly review</p>',
    happened_at: '2026-03-01T10:00:00+02:00',
    link: 'https://meet.example.com/r/1',
    user_id: userId,
  });
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(res.body.data, { success: true });
  await api.post(`/accounts/${account.id}/activities`, {
    slug: 'meeting',
    contact_id: contact.id,
    link_text: 'unused',
  });
  const db = app.helpline.store.db;
  const rows = await db
    .selectFrom('account_activities')
    .innerJoin('activity_types', 'activity_types.id', 'account_activities.activity_type_id')
    .selectAll('account_activities')
    .select('activity_types.slug')
    .orderBy('account_activities.id')
    .execute();
  assert.equal(rows.length, 2);
  assert.deepEqual(
    [rows[0]!.slug, rows[0]!.account_id, rows[0]!.body_html, rows[0]!.happened_at, rows[0]!.link, rows[0]!.link_text],
    [
      'call',
      account.id,
      '<p>Quarterly review</p>',
      '2026-03-01T08:00:00.000Z',
      'https://meet.example.com/r/1',
      'Open link',
    ],
  );
  assert.equal(rows[0]!.user_id, userId);
  assert.deepEqual(
    [rows[1]!.slug, rows[1]!.contact_id, rows[1]!.link, rows[1]!.link_text],
    ['meeting', contact.id, null, null],
  );
  assert.ok(rows[1]!.happened_at <= new Date().toISOString());
  const events = await db
    .selectFrom('events')
    .select('payload')
    .where('type', '=', 'account_activity.created')
    .orderBy('id')
    .execute();
  assert.equal(events.length, 2);
  assert.equal(JSON.parse(events[0]!.payload).activity.slug, 'call');
  assert.equal(JSON.parse(events[0]!.payload).activity.account_id, account.id);
});

test('POST /accounts/{id}/activities: each rule answers 400 or 404, and nothing is logged', async (t) => {
  const { api, app, userId } = await build(t);
  const account = await createAccount(api);
  const contact = await createContact(api);
  const url = `/accounts/${account.id}/activities`;
  const cases: [unknown, number][] = [
    [{}, 400],
    [{ slug: 'call', happened_at: 'yesterday' }, 400],
    [{ slug: 'call', link: 'javascript:alert(1)' }, 400],
    [{ slug: 'call', user_id: userId, contact_id: contact.id }, 400],
    [{ slug: 'dance' }, 404],
    [{ slug: 'call', user_id: 'nobody' }, 404],
    [{ slug: 'call', contact_id: 'nobody' }, 404],
  ];
  for (const [body, status] of cases) assert.equal((await api.post(url, body)).status, status, JSON.stringify(body));
  assert.equal((await api.post('/accounts/missing/activities', { slug: 'call' })).status, 404);
  assert.equal((await app.helpline.store.db.selectFrom('account_activities').selectAll().execute()).length, 0);
});

test("POST /accounts/{id}/activities on another workspace's account → 404", async (t) => {
  const { api, app, otherWorkspace } = await build(t);
  const account = await createAccount(api);
  const other = await otherWorkspace();
  assert.equal((await other.api.post(`/accounts/${account.id}/activities`, { slug: 'call' })).status, 404);
  assert.equal((await app.helpline.store.db.selectFrom('account_activities').selectAll().execute()).length, 0);
});
