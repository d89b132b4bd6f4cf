import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createUser } from '../../src/features/users/user.service.js';
import { build } from '../helpers/build.js';

test('GET /me names the workspace and the token user', async (t) => {
  const { api, workspaceId, userId } = await build(t);
  const res = await api.get('/me');
  assert.equal(res.status, 200);
  assert.equal(res.body.data.id, workspaceId);
  assert.equal(res.body.data.name, 'Test workspace');
  assert.deepEqual(res.body.data.user, { id: userId, email: 'admin@helpline.local' });
});

test('GET /users lists the workspace agents with pagination; GET /users/{id} reads one', async (t) => {
  const { app, api, workspaceId, userId } = await build(t);
  const bob = await createUser(app.helpline.store.db, { workspaceId, email: 'bob@example.com', name: 'Bob' });
  const list = await api.get('/users');
  assert.equal(list.status, 200);
  assert.deepEqual(
    list.body.data.map((u: { id: string }) => u.id),
    [userId, bob.id],
  );
  assert.deepEqual(list.body.pagination, { cursor: '', has_next_page: false });

  const first = await api.get('/users?limit=1');
  assert.equal(first.body.data.length, 1);
  assert.equal(first.body.pagination.has_next_page, true);
  const second = await api.get(`/users?limit=1&cursor=${first.body.pagination.cursor}`);
  assert.deepEqual(
    second.body.data.map((u: { id: string }) => u.id),
    [bob.id],
  );

  const one = await api.get(`/users/${bob.id}`);
  assert.equal(one.body.data.email, 'bob@example.com');
  assert.equal(one.body.data.name, 'Bob');
});

test('users: unknown id → 404; bad limit or cursor → 400', async (t) => {
  const { api } = await build(t);
  assert.equal((await api.get('/users/nope')).status, 404);
  assert.equal((await api.get('/users?limit=0')).status, 400);
  assert.equal((await api.get('/users?limit=1001')).status, 400);
  assert.equal((await api.get('/users?cursor=not-a-cursor!')).status, 400);
});

test("another workspace's token sees neither the users list nor a user", async (t) => {
  const { api, userId, otherWorkspace } = await build(t);
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/users/${userId}`)).status, 404);
  const list = await other.api.get('/users');
  assert.ok(!list.body.data.some((u: { id: string }) => u.id === userId));
  assert.equal((await api.get(`/users/${other.userId}`)).status, 404);
});
