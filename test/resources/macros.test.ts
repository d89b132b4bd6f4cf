import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchMacros } from '../../src/features/macros/macro.full-text.js';
import { build } from '../helpers/build.js';
import type { Api } from '../helpers/build.js';

async function createGroup(api: Api, title = 'Billing') {
  const res = await api.post('/macro-groups', { title });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; title: string };
}

async function createMacro(api: Api, fields: Record<string, unknown>) {
  const res = await api.post('/macros', { name: 'Refund', text_html: '<p>We refunded you.</p>', ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; [k: string]: unknown };
}

const eventTypes = async (api: Api) =>
  (await api.get('/events?limit=1000')).body.data.map((e: { type: string }) => e.type);

test('POST /macro-groups creates a group listed by GET /macro-groups, announced and audited', async (t) => {
  const { api } = await build(t);
  const res = await api.post('/macro-groups', { title: '  Billing  ', extra: 'ignored' });
  assert.equal(res.status, 200, res.text);
  const group = res.body.data;
  assert.equal(group.title, 'Billing');
  assert.ok(group.id && group.created_at && group.updated_at);
  const second = await createGroup(api, 'Shipping');
  assert.deepEqual((await api.get('/macro-groups')).body.data, [group, second]);
  assert.ok((await eventTypes(api)).includes('macro_group.created'));
  const actions = (await api.get('/audit-logs')).body.data.map((e: { action: string }) => e.action);
  assert.ok(actions.includes('macro_group.created'));
});

test('POST /macro-groups: an empty title is a 400; a member gets 403; groups stay in their workspace', async (t) => {
  const { api, member, otherWorkspace } = await build(t);
  assert.equal((await api.post('/macro-groups', { title: '  ' })).status, 400);
  assert.equal((await api.post('/macro-groups', {})).status, 400);
  const { api: memberApi } = await member();
  assert.equal((await memberApi.post('/macro-groups', { title: 'Mine' })).status, 403);
  await createGroup(api);
  assert.equal((await memberApi.get('/macro-groups')).body.data.length, 1);
  const other = await otherWorkspace();
  assert.deepEqual((await other.api.get('/macro-groups')).body.data, []);
});

test('POST /macros creates a sanitized macro readable by id, listed, and announced', async (t) => {
  const { api } = await build(t);
  const group = await createGroup(api);
  const res = await api.post('/macros', {
    name: ' Refund issued ',
    macro_group_id: group.id,
    text_html: '<p onclick="x()">Refunded<script>alert(1)</script></p>',
    conditions: { field: 'state', operator: 'equals', value: 'new' },
  });
  assert.equal(res.status, 200, res.text);
  const macro = res.body.data;
  assert.deepEqual(
    { ...macro, id: undefined, created_at: undefined, updated_at: undefined },
    {
      id: undefined,
      created_at: undefined,
      updated_at: undefined,
      name: 'Refund issued',
      macro_group_id: group.id,
      text_html: '<p>Refunded</p>',
      text_type: 'reply',
      visibility: { type: 'org' },
      has_actions: false,
      actions: [],
    },
  );
  assert.deepEqual((await api.get(`/macros/${macro.id}`)).body.data, macro);
  assert.deepEqual((await api.get('/macros')).body.data, [macro]);
  assert.ok((await eventTypes(api)).includes('macro.created'));
});

test('GET /macros filters by macro group; an unknown group has none', async (t) => {
  const { api } = await build(t);
  const billing = await createGroup(api, 'Billing');
  const shipping = await createGroup(api, 'Shipping');
  const a = await createMacro(api, { macro_group_id: billing.id });
  const b = await createMacro(api, { macro_group_id: shipping.id, name: 'Shipped' });
  assert.deepEqual((await api.get(`/macros?macro_group_id=${billing.id}`)).body.data, [a]);
  assert.deepEqual((await api.get(`/macros?macro_group_id=${shipping.id}`)).body.data, [b]);
  assert.deepEqual(
    (await api.get('/macros')).body.data.map((m: { id: string }) => m.id),
    [a.id, b.id],
  );
  assert.deepEqual((await api.get('/macros?macro_group_id=nope')).body.data, []);
});

test('POST /macros: visibility to users and teams, checked', async (t) => {
  const { api, userId } = await build(t);
  const group = await createGroup(api);
  const team = (await api.post('/teams', { name: 'Tier 2' })).body.data;
  const macro = await createMacro(api, {
    macro_group_id: group.id,
    visibility: { type: 'users_and_teams', user_ids: [userId, userId], team_ids: [team.id] },
  });
  assert.deepEqual(macro.visibility, { type: 'users_and_teams', user_ids: [userId], team_ids: [team.id] });
  const orgWide = await createMacro(api, { macro_group_id: group.id, visibility: { type: 'org', user_ids: [userId] } });
  assert.deepEqual(orgWide.visibility, { type: 'org' });
  const post = (fields: Record<string, unknown>) =>
    api.post('/macros', { name: 'x', text_html: 'y', macro_group_id: group.id, ...fields });
  assert.equal((await post({ visibility: { type: 'user' } })).status, 400);
  assert.equal((await post({ visibility: { type: 'team', user_ids: [userId] } })).status, 400);
  assert.equal((await post({ visibility: { type: 'everyone' } })).status, 400);
  assert.equal((await post({ visibility: { type: 'user', user_ids: ['nobody'] } })).status, 400);
  assert.equal((await post({ visibility: { type: 'team', team_ids: ['nothing'] } })).status, 400);
});

test('POST /macros: each rule is a 400 and nothing is stored', async (t) => {
  const { api } = await build(t);
  const group = await createGroup(api);
  const post = (fields: Record<string, unknown>) =>
    api.post('/macros', { name: 'x', text_html: 'y', macro_group_id: group.id, ...fields });
  assert.equal((await post({ name: ' ' })).status, 400);
  assert.equal((await post({ text_html: '<script>only</script>' })).status, 400);
  assert.equal((await post({ text_type: 'sms' })).status, 400);
  assert.equal((await api.post('/macros', { name: 'x', text_html: 'y' })).status, 400);
  const unknownGroup = await post({ macro_group_id: 'missing' });
  assert.equal(unknownGroup.status, 400);
  assert.deepEqual(unknownGroup.body.errors, ['macro_group_id: there is no macro group missing']);
  assert.deepEqual((await api.get('/macros')).body.data, []);
});

test('PATCH /macros/{id} changes only the fields given, moves groups, and is announced', async (t) => {
  const { api } = await build(t);
  const billing = await createGroup(api, 'Billing');
  const shipping = await createGroup(api, 'Shipping');
  const macro = await createMacro(api, { macro_group_id: billing.id, text_type: 'note' });
  const res = await api.patch(`/macros/${macro.id}`, { text_html: '<b>New</b><img src="javascript:x">' });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.text_html, '<b>New</b><img />');
  assert.equal(res.body.data.name, 'Refund');
  assert.equal(res.body.data.text_type, 'note');
  const moved = await api.patch(`/macros/${macro.id}`, {
    macro_group_id: shipping.id,
    name: 'Renamed',
    text_type: 'email',
  });
  assert.equal(moved.status, 200, moved.text);
  const stored = (await api.get(`/macros/${macro.id}`)).body.data;
  assert.deepEqual([stored.macro_group_id, stored.name, stored.text_type], [shipping.id, 'Renamed', 'email']);
  assert.equal(stored.created_at, macro.created_at);
  assert.ok((await eventTypes(api)).includes('macro.updated'));
  assert.equal((await api.patch(`/macros/${macro.id}`, { text_type: 'fax' })).status, 400);
  assert.equal((await api.patch(`/macros/${macro.id}`, { macro_group_id: 'gone' })).status, 400);
  assert.equal((await api.patch('/macros/missing', { name: 'x' })).status, 404);
  assert.equal((await api.get('/macros/missing')).status, 404);
});

test("macros are a member's daily work; another workspace sees none of them", async (t) => {
  const { api, member, otherWorkspace } = await build(t);
  const group = await createGroup(api);
  const { api: memberApi } = await member();
  const macro = await createMacro(memberApi, { macro_group_id: group.id });
  assert.equal((await memberApi.patch(`/macros/${macro.id}`, { name: 'Mine' })).status, 200);
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/macros/${macro.id}`)).status, 404);
  assert.equal((await other.api.patch(`/macros/${macro.id}`, { name: 'Theirs' })).status, 404);
  assert.deepEqual((await other.api.get('/macros')).body.data, []);
  assert.deepEqual((await other.api.get(`/macros?macro_group_id=${group.id}`)).body.data, []);
  assert.equal((await other.api.post('/macros', { name: 'x', text_html: 'y', macro_group_id: group.id })).status, 400);
});

test('searchMacros finds the best-matching macros of the workspace by name and body, and follows edits', async (t) => {
  const { app, api, workspaceId, otherWorkspace } = await build(t);
  const db = app.helpline.store.db;
  const group = await createGroup(api);
  const refund = await createMacro(api, {
    macro_group_id: group.id,
    name: 'Refund policy',
    text_html: '<p>Money back within 30 days</p>',
  });
  const shipping = await createMacro(api, {
    macro_group_id: group.id,
    name: 'Shipping delay',
    text_html: '<p>Your parcel is late, money is safe</p>',
  });
  const ids = async (text: string, limit = 10) => (await searchMacros(db, workspaceId, text, limit)).map((m) => m.id);
  assert.deepEqual(await ids('refund'), [refund.id]);
  assert.deepEqual(await ids('parcel'), [shipping.id]);
  // Both hold "money"; the refund macro also holds "back", so it ranks first.
  assert.deepEqual(await ids('money back please'), [refund.id, shipping.id]);
  assert.deepEqual(await ids('money back please', 1), [refund.id]);
  assert.deepEqual(await ids('ship'), [shipping.id]);
  assert.deepEqual(await ids('unrelated words'), []);
  assert.deepEqual(await ids('   '), []);
  await api.patch(`/macros/${refund.id}`, { name: 'Returns', text_html: '<p>Send it back</p>' });
  assert.deepEqual(await ids('refund'), []);
  assert.deepEqual(await ids('returns'), [refund.id]);
  const other = await otherWorkspace();
  assert.deepEqual(await searchMacros(db, other.workspaceId, 'returns', 10), []);
});
