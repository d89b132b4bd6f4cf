import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';

test('GET /user-roles lists the roles a user can hold, to any signed-in user', async (t) => {
  const { api, member } = await build(t);
  const expected = [
    { id: 'admin', name: 'Admin', slug: 'admin' },
    { id: 'member', name: 'Member', slug: 'member' },
  ];
  const res = await api.get('/user-roles');
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.data, expected);
  assert.deepEqual(res.body.pagination, { cursor: '', has_next_page: false });
  assert.deepEqual((await (await member()).api.get('/user-roles')).body.data, expected);
});

test('PATCH /users/{id}: an admin changes name, avatar and availability, stored and announced', async (t) => {
  const { api, app, member } = await build(t);
  const { userId } = await member();
  const res = await api.patch(`/users/${userId}`, {
    name: ' Grace ',
    avatar_url: 'https://cdn.example.com/grace.jpeg',
    status: 'out_of_office',
    role_id: null,
  });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.name, 'Grace');
  assert.equal(res.body.data.avatar_url, 'https://cdn.example.com/grace.jpeg');
  assert.equal(res.body.data.status, 'out_of_office');
  assert.equal(res.body.data.role_id, 'member');
  assert.deepEqual((await api.get(`/users/${userId}`)).body.data, res.body.data);
  const events = await app.helpline.store.db
    .selectFrom('events')
    .selectAll()
    .where('type', '=', 'user.updated')
    .execute();
  assert.equal(events.length, 1);
  assert.deepEqual(JSON.parse(events[0]!.payload), { user: res.body.data });
  // Removing the avatar.
  assert.equal((await api.patch(`/users/${userId}`, { avatar_url: '' })).body.data.avatar_url, undefined);
});

test('PATCH /users/{id}: each rule answers 400 or 404', async (t) => {
  const { api, userId, member } = await build(t);
  const { userId: memberId } = await member();
  for (const body of [
    { name: '' },
    { status: 'busy' },
    { status: 'deactivated' },
    { avatar_url: 'not a url' },
    { avatar_url: 'https://cdn.example.com/a.gif' },
  ]) {
    assert.equal((await api.patch(`/users/${memberId}`, body)).status, 400, JSON.stringify(body));
  }
  assert.equal((await api.patch(`/users/${memberId}`, { role_id: 'owner' })).status, 404);
  assert.equal((await api.patch('/users/nobody', { name: 'X' })).status, 404);
  // The last active admin keeps the role.
  const demote = await api.patch(`/users/${userId}`, { role_id: 'member' });
  assert.equal(demote.status, 400);
  assert.match(demote.body.errors[0], /last active admin/);
  assert.equal((await api.get(`/users/${userId}`)).body.data.role_id, 'admin');
  // A deactivated user has no availability to set.
  assert.equal((await api.post(`/helpline/users/${memberId}/deactivate`)).status, 200);
  assert.equal((await api.patch(`/users/${memberId}`, { status: 'away' })).status, 400);
  assert.equal((await api.get(`/users/${memberId}`)).body.data.status, 'deactivated');
});

test('PATCH /users/{id} is for admins; role changes are audited and take effect on the token at once', async (t) => {
  const { api, userId, member } = await build(t);
  const other = await member();
  const self = await member();
  assert.equal((await self.api.patch(`/users/${self.userId}`, { role_id: 'admin' })).status, 403);
  assert.equal((await self.api.patch(`/users/${other.userId}`, { name: 'Them' })).status, 403);
  assert.equal((await api.get(`/users/${self.userId}`)).body.data.role_id, 'member');
  assert.equal((await api.get(`/users/${other.userId}`)).body.data.name, 'Member');

  const promoted = await api.patch(`/users/${other.userId}`, { role_id: 'admin' });
  assert.equal(promoted.status, 200);
  assert.deepEqual(promoted.body.data.role, { id: 'admin', name: 'Admin', slug: 'admin' });
  assert.equal((await other.api.get('/audit-logs')).status, 200);
  // With a second admin, the first may step down; the token loses admin rights at once.
  assert.equal((await api.patch(`/users/${userId}`, { role_id: 'member' })).status, 200);
  assert.equal((await api.get('/audit-logs')).status, 403);
  const audit = (await other.api.get('/audit-logs')).body.data.filter(
    (e: { action: string }) => e.action === 'user.role_changed',
  );
  assert.deepEqual(
    audit.map((e: { object_id: string; attributes: unknown }) => [e.object_id, e.attributes]),
    [
      [other.userId, { from: 'member', to: 'admin' }],
      [userId, { from: 'admin', to: 'member' }],
    ],
  );
});

test("PATCH /users/{id} of another workspace's user → 404", async (t) => {
  const { api, userId, otherWorkspace } = await build(t);
  const other = await otherWorkspace();
  assert.equal((await other.api.patch(`/users/${userId}`, { name: 'Stolen' })).status, 404);
  assert.notEqual((await api.get(`/users/${userId}`)).body.data.name, 'Stolen');
});
