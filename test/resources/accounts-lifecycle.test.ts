import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, type Built } from '../helpers/build.js';
import { createAccount, createContact, createIssue } from '../helpers/factories.js';

const eventsOf = async (app: Built['app'], type: string) =>
  (await app.helpline.store.db.selectFrom('events').selectAll().where('type', '=', type).orderBy('id').execute()).map(
    (e) => ({ ...e, payload: JSON.parse(e.payload) }),
  );

test('PATCH /accounts/{id} by external id changes only the fields sent, and announces it', async (t) => {
  const { api, app, userId } = await build(t);
  const account = await createAccount(api, { name: 'Acme', tags: ['old'], external_ids: [{ external_id: 'crm-1' }] });
  const child = await createAccount(api, { name: 'Acme EU' });
  const res = await api.patch('/accounts/crm-1', {
    name: ' Acme Inc ',
    account_type: 'partner',
    domains: ['acme.com', 'Acme.io'],
    primary_domain: 'acme.io',
    owner_id: userId,
    tags: ['vip', 'vip', 'beta'],
    is_disabled: true,
    logo_url: 'https://cdn.example.com/acme.png',
    external_ids: [{ external_id: 'crm-2', label: 'CRM' }],
    channels: [{ channel_id: 'C123', source: 'slack', is_primary: true }],
    subaccount_ids: [child.id],
    custom_fields: null,
  });
  assert.equal(res.status, 200, res.text);
  const data = res.body.data;
  assert.equal(data.id, account.id);
  assert.equal(data.name, 'Acme Inc');
  assert.equal(data.type, 'partner');
  assert.deepEqual(data.domains, ['acme.com', 'acme.io']);
  assert.equal(data.primary_domain, 'acme.io');
  assert.deepEqual(data.owner, { id: userId });
  assert.deepEqual(data.tags, ['vip', 'beta']);
  assert.equal(data.is_disabled, true);
  assert.deepEqual(data.external_ids, [{ external_id: 'crm-2', label: 'CRM' }]);
  assert.deepEqual(data.channels, [{ channel_id: 'C123', source: 'slack', is_primary: true }]);
  assert.deepEqual((await api.get('/accounts/crm-2')).body.data, data);
  assert.equal((await api.get('/accounts/crm-1')).status, 404);
  const relationships = (await api.get(`/accounts/${child.id}/relationships`)).body.data;
  assert.deepEqual(
    relationships.map((r: Record<string, string>) => [r.parent_account_id, r.relationship_type]),
    [[account.id, 'parent_account']],
  );
  // A partial update keeps the rest; `owner_id: ""` removes the owner.
  const next = await api.patch(`/accounts/${account.id}`, { owner_id: '', primary_domain: 'acme.com' });
  assert.equal(next.body.data.owner, undefined);
  assert.equal(next.body.data.primary_domain, 'acme.com');
  assert.equal(next.body.data.name, 'Acme Inc');
  const events = await eventsOf(app, 'account.updated');
  assert.deepEqual(
    events.map((e) => e.payload.account),
    [data, next.body.data],
  );
});

test('PATCH /accounts/{id}: each rule answers 400 or 404, and nothing changes', async (t) => {
  const { api } = await build(t);
  const other = await createAccount(api, { name: 'Other', external_ids: [{ external_id: 'taken' }] });
  const account = await createAccount(api, { name: 'Mine', domains: ['mine.com'] });
  const url = `/accounts/${account.id}`;
  const taken = await api.patch(url, { external_ids: [{ external_id: 'taken' }] });
  assert.equal(taken.status, 400);
  assert.equal(taken.body.exists_id, other.id);
  for (const body of [
    { name: '' },
    { account_type: 'internal' },
    { domains: ['https://x.com'] },
    { domains: ['x.com'], primary_domain: 'y.com' },
    { primary_domain: 'other.com' },
    { channels: [{ channel_id: 'C1', source: 'irc' }] },
    { channels: [{ source: 'slack' }] },
    { channels: [{ channel_id: 'no-pipe', source: 'microsoft_teams' }] },
    { external_ids: [{ external_id: '' }] },
    { logo_url: 'logo.png' },
    { subaccount_ids: [account.id] },
  ]) {
    assert.equal((await api.patch(url, body)).status, 400, JSON.stringify(body));
  }
  assert.equal((await api.patch(url, { owner_id: 'nobody' })).status, 404);
  assert.equal((await api.patch(url, { subaccount_ids: ['missing'] })).status, 404);
  assert.equal((await api.patch('/accounts/missing', { name: 'X' })).status, 404);
  const read = (await api.get(url)).body.data;
  assert.equal(read.name, 'Mine');
  assert.equal(read.type, 'customer');
  assert.deepEqual(read.external_ids, []);
});

test('PATCH /accounts updates many accounts at once, with the tag modes', async (t) => {
  const { api, app, userId } = await build(t);
  const a = await createAccount(api, { name: 'A', tags: ['x', 'y'] });
  const b = await createAccount(api, { name: 'B', tags: ['y'] });
  const ids = [a.id, b.id];
  const tagsOf = async () => Promise.all(ids.map(async (id) => (await api.get(`/accounts/${id}`)).body.data.tags));
  const res = await api.patch('/accounts', {
    account_ids: ids,
    tags: ['z'],
    tags_apply_mode: 'append_only',
    owner_id: userId,
  });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.success, true);
  assert.deepEqual(await tagsOf(), [
    ['x', 'y', 'z'],
    ['y', 'z'],
  ]);
  assert.deepEqual((await api.get(`/accounts/${b.id}`)).body.data.owner, { id: userId });
  await api.patch('/accounts', { account_ids: ids, tags: ['y'], tags_apply_mode: 'remove_only' });
  assert.deepEqual(await tagsOf(), [['x', 'z'], ['z']]);
  await api.patch('/accounts', { account_ids: ids, tags: ['only'], account_type: 'partner', owner_id: '' });
  assert.deepEqual(await tagsOf(), [['only'], ['only']]);
  assert.equal((await api.get(`/accounts/${a.id}`)).body.data.type, 'partner');
  assert.equal((await api.get(`/accounts/${a.id}`)).body.data.owner, undefined);
  assert.equal((await eventsOf(app, 'account.updated')).length, 6);

  // All or nothing: one unknown id and no account changes.
  assert.equal((await api.patch('/accounts', { account_ids: [a.id, 'missing'], tags: ['no'] })).status, 404);
  assert.deepEqual(await tagsOf(), [['only'], ['only']]);
  for (const body of [
    { account_ids: [] },
    { account_ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) },
    { account_ids: ids, tags: ['t'], tags_apply_mode: 'merge' },
    { account_ids: ids, account_type: 'community' },
    {},
  ]) {
    assert.equal((await api.patch('/accounts', body)).status, 400, JSON.stringify(body).slice(0, 80));
  }
  assert.equal((await api.patch('/accounts', { account_ids: ids, owner_id: 'nobody' })).status, 404);
});

test('DELETE /accounts/{id} deletes the account; its issues and contacts stay, unlinked', async (t) => {
  const { api, app } = await build(t);
  const account = await createAccount(api, { external_ids: [{ external_id: 'gone' }] });
  const issue = await createIssue(api, { account_id: account.id });
  const contact = await createContact(api, { account_id: account.id });
  await api.post(`/accounts/${account.id}/highlights`, { content_html: '<p>VIP</p>' });
  const res = await api.delete('/accounts/gone');
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(Object.keys(res.body), ['request_id']);
  assert.equal((await api.get(`/accounts/${account.id}`)).status, 404);
  assert.equal((await api.get(`/issues/${issue.id}`)).body.data.account, undefined);
  assert.equal((await api.get(`/contacts/${contact.id}`)).body.data.account, undefined);
  const db = app.helpline.store.db;
  assert.equal((await db.selectFrom('account_external_ids').selectAll().execute()).length, 0);
  assert.equal((await db.selectFrom('account_highlights').selectAll().execute()).length, 0);
  assert.deepEqual(
    (await eventsOf(app, 'account.deleted')).map((e) => e.payload),
    [{ account_id: account.id }],
  );
  const audit = (await api.get('/audit-logs')).body.data.find(
    (e: { action: string }) => e.action === 'account.deleted',
  );
  // The contact created, and the issue's requester, who joined the issue's account.
  assert.deepEqual([audit.object_id, audit.attributes], [account.id, { issue_count: '1', contact_count: '2' }]);
  assert.equal((await api.delete(`/accounts/${account.id}`)).status, 404);
  // The external id is free again.
  assert.equal((await api.post('/accounts', { name: 'New', external_ids: [{ external_id: 'gone' }] })).status, 200);
});

test('DELETE /accounts/{id} and POST /accounts/merge are for admins, and scoped to the workspace', async (t) => {
  const { api, member, otherWorkspace } = await build(t);
  const a = await createAccount(api, { name: 'A' });
  const b = await createAccount(api, { name: 'B' });
  const { api: memberApi } = await member();
  assert.equal((await memberApi.delete(`/accounts/${a.id}`)).status, 403);
  const merge = { merge_into_account_id: a.id, merge_account_ids: [b.id] };
  assert.equal((await memberApi.post('/accounts/merge', merge)).status, 403);
  assert.equal((await memberApi.patch(`/accounts/${a.id}`, { name: 'By member' })).status, 200);
  const other = await otherWorkspace();
  assert.equal((await other.api.patch(`/accounts/${a.id}`, { name: 'Stolen' })).status, 404);
  assert.equal((await other.api.patch('/accounts', { account_ids: [a.id], tags: ['x'] })).status, 404);
  assert.equal((await other.api.delete(`/accounts/${a.id}`)).status, 404);
  assert.equal((await other.api.post('/accounts/merge', merge)).status, 404);
  assert.equal((await api.get(`/accounts/${a.id}`)).body.data.name, 'By member');
  assert.equal((await api.get(`/accounts/${b.id}`)).status, 200);
});

test('POST /accounts/merge moves everything of the merged accounts to the survivor, and deletes them', async (t) => {
  const { api, app } = await build(t);
  const target = await createAccount(api, {
    name: 'T',
    domains: ['t.com'],
    tags: ['t'],
    external_ids: [{ external_id: 't-1' }],
  });
  const m1 = await createAccount(api, {
    name: 'M1',
    domains: ['m1.com'],
    tags: ['m'],
    external_ids: [{ external_id: 'm-1' }],
  });
  const m2 = await createAccount(api, { name: 'M2', domains: ['m2.com', 't.com'] });
  const parent = await createAccount(api, { name: 'Parent' });
  const issue = await createIssue(api, { account_id: m1.id });
  const contact = await createContact(api, { account_id: m2.id });
  await api.post(`/accounts/${m1.id}/relationship`, {
    related_object_id: parent.id,
    relationship_type: 'parent_account',
  });
  // A link between two merged accounts, and one to the survivor, would join the survivor to itself: they go.
  await api.post(`/accounts/${m2.id}/relationship`, {
    related_object_id: target.id,
    relationship_type: 'partner_account',
  });
  await api.post(`/accounts/${m1.id}/highlights`, { content_html: '<p>Renewal soon</p>' });
  await api.post(`/accounts/${m2.id}/activities`, { slug: 'call' });

  const res = await api.post('/accounts/merge', {
    merge_into_account_id: 't-1',
    merge_account_ids: [m1.id, 'm-1', m2.id],
  });
  assert.equal(res.status, 200, res.text);
  const merged = res.body.data;
  assert.equal(merged.id, target.id);
  assert.deepEqual(merged.domains, ['t.com', 'm1.com', 'm2.com']);
  assert.equal(merged.primary_domain, 't.com');
  assert.deepEqual(merged.tags, ['t']);
  assert.deepEqual(merged.external_ids, [{ external_id: 't-1' }, { external_id: 'm-1' }]);
  assert.deepEqual((await api.get('/accounts/m-1')).body.data, merged);
  for (const id of [m1.id, m2.id]) assert.equal((await api.get(`/accounts/${id}`)).status, 404);
  assert.equal((await api.get(`/issues/${issue.id}`)).body.data.account.id, target.id);
  assert.equal((await api.get(`/contacts/${contact.id}`)).body.data.account.id, target.id);
  const links = (await api.get(`/accounts/${target.id}/relationships`)).body.data;
  assert.deepEqual(
    links.map((r: Record<string, string>) => [r.parent_account_id, r.relationship_type]),
    [[parent.id, 'parent_account']],
  );
  const db = app.helpline.store.db;
  const owners = async (table: 'account_highlights' | 'account_activities') =>
    (await db.selectFrom(table).select('account_id').execute()).map((r) => r.account_id);
  assert.deepEqual(await owners('account_highlights'), [target.id]);
  assert.deepEqual(await owners('account_activities'), [target.id]);
  const [event] = await eventsOf(app, 'account.merged');
  assert.deepEqual(event!.payload, { account: merged, merged_account_ids: [m1.id, m2.id] });
  assert.deepEqual(
    (await eventsOf(app, 'account.deleted')).map((e) => e.subject_id),
    [m1.id, m2.id],
  );
  const audit = (await api.get('/audit-logs')).body.data.filter(
    (e: { action: string }) => e.action === 'account.merged',
  );
  assert.deepEqual(
    audit.map((e: { object_id: string; attributes: Record<string, string> }) => [
      e.object_id,
      e.attributes.merged_into,
    ]),
    [
      [m1.id, target.id],
      [m2.id, target.id],
    ],
  );
});

test('POST /accounts/merge: each rule answers 400 or 404, and no account changes', async (t) => {
  const { api } = await build(t);
  const target = await createAccount(api, { name: 'T' });
  const other = await createAccount(api, { name: 'O' });
  const issue = await createIssue(api, { account_id: other.id });
  const cases: [unknown, number][] = [
    [{ merge_into_account_id: target.id, merge_account_ids: [] }, 400],
    [{ merge_into_account_id: target.id, merge_account_ids: [target.id] }, 400],
    [{ merge_into_account_id: target.id, merge_account_ids: [other.id, target.id] }, 400],
    [{ merge_into_account_id: target.id }, 400],
    [{ merge_into_account_id: 'missing', merge_account_ids: [other.id] }, 404],
    [{ merge_into_account_id: target.id, merge_account_ids: [other.id, 'missing'] }, 404],
  ];
  for (const [body, status] of cases) {
    assert.equal((await api.post('/accounts/merge', body)).status, status, JSON.stringify(body));
  }
  assert.equal((await api.get(`/accounts/${other.id}`)).status, 200);
  assert.equal((await api.get(`/issues/${issue.id}`)).body.data.account.id, other.id);
});
