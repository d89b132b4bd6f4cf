import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createUser } from '../../src/features/users/user.service.js';
import { deactivateUser } from '../../src/features/users/user-lifecycle.js';
import { build, type Api } from '../helpers/build.js';
import { freshPostgresUrl, TEST_DIALECT } from '../helpers/database.js';
import { runCli, startServer, type ServerProcess } from '../helpers/process.js';
import { redisForTest } from '../helpers/redis.js';

const DAY_MS = 86_400_000;

async function createToken(api: Api, body: Record<string, unknown> = {}) {
  const res = await api.post('/helpline/api-tokens', body);
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; token: string; user_id: string; status: string; expires_at?: string };
}

/** Polls `probe` every 50 ms until it answers 401; the milliseconds that took. */
async function msUntil401(probe: () => Promise<number>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if ((await probe()) === 401) return Date.now() - started;
    assert.ok(Date.now() - started < 5_000, 'still accepted after 5 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('an admin creates, lists and revokes tokens; the secret is shown once and never listed', async (t) => {
  const { api, userId } = await build(t);
  const created = await createToken(api, { name: 'CI' });
  assert.match(created.token, /^hl_[A-Za-z0-9_-]{43}$/);
  assert.equal(created.user_id, userId, 'the caller by default');
  assert.equal(created.status, 'active');
  assert.equal(created.expires_at, undefined);
  const me = await api.get('/me', { token: created.token });
  assert.deepEqual(me.body.data.user.id, userId);

  const listed = await api.get('/helpline/api-tokens');
  assert.equal(listed.status, 200);
  assert.deepEqual(
    listed.body.data.map((k: { name: string }) => k.name),
    ['Admin token', 'CI'],
  );
  const mine = listed.body.data[1];
  assert.deepEqual(Object.keys(mine).sort(), ['created_at', 'id', 'last_used_at', 'name', 'status', 'user_id']);
  assert.ok(!listed.text.includes(created.token), 'never the secret');
  assert.equal(listed.body.pagination.has_next_page, false);
  const page = await api.get('/helpline/api-tokens?limit=1');
  assert.equal(page.body.pagination.has_next_page, true);

  const revoked = await api.delete(`/helpline/api-tokens/${created.id}`);
  assert.equal(revoked.status, 200, revoked.text);
  assert.equal(revoked.body.data.status, 'revoked');
  assert.ok(Date.parse(revoked.body.data.revoked_at));
  const refused = await api.get('/me', { token: created.token });
  assert.equal(refused.status, 401);
  assert.deepEqual(refused.body.errors, ['This API token has been revoked']);
  const again = await api.delete(`/helpline/api-tokens/${created.id}`);
  assert.equal(again.body.data.revoked_at, revoked.body.data.revoked_at, 'revoking again changes nothing');

  const audit = await api.get('/audit-logs');
  assert.deepEqual(
    audit.body.data.map((e: { action: string }) => e.action),
    ['api_token.created', 'api_token.created', 'api_token.revoked'],
  );
  assert.equal(audit.body.data[2].object_id, created.id);
  assert.equal(audit.body.data[2].actor_user_id, userId);
  assert.ok(!audit.text.includes(created.token), 'the audit log never holds a secret');
});

test('a body-less create gives the caller a token named "API token"', async (t) => {
  const { api } = await build(t);
  const res = await api.request('POST', '/helpline/api-tokens', { raw: '' });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.name, 'API token');
});

test('a token for another user acts as that user, with their role', async (t) => {
  const { api, member } = await build(t);
  const bob = await member();
  const issued = await createToken(api, { user_id: bob.userId });
  assert.equal((await api.get('/me', { token: issued.token })).body.data.user.id, bob.userId);
  assert.equal((await api.get('/audit-logs', { token: issued.token })).status, 403);
});

test('expiry: expires_in_days or expires_at; an expired token gets 401', async (t) => {
  const { api } = await build(t);
  const inDays = await createToken(api, { expires_in_days: 30 });
  const expected = Date.now() + 30 * DAY_MS;
  assert.ok(Math.abs(Date.parse(inDays.expires_at!) - expected) < 60_000, inDays.expires_at);
  const at = new Date(Date.now() + 2 * DAY_MS).toISOString().replace(/\.\d+Z$/, '+00:00');
  assert.equal(Date.parse((await createToken(api, { expires_at: at })).expires_at!), Date.parse(at));

  const soon = await createToken(api, { expires_at: new Date(Date.now() + 1_000).toISOString() });
  assert.equal((await api.get('/me', { token: soon.token })).status, 200);
  await new Promise((resolve) => setTimeout(resolve, 1_050));
  const expired = await api.get('/me', { token: soon.token });
  assert.equal(expired.status, 401);
  assert.deepEqual(expired.body.errors, ['This API token has expired']);
  const listed = await api.get('/helpline/api-tokens');
  assert.equal(listed.body.data.find((k: { id: string }) => k.id === soon.id).status, 'expired');
});

test('create: each rule answers 400 or 404', async (t) => {
  const { app, api, workspaceId, otherWorkspace } = await build(t);
  const other = await otherWorkspace();
  const past = new Date(Date.now() - 1_000).toISOString();
  const carol = await createUser(app.helpline.store.db, { workspaceId, email: 'carol@example.com', name: 'Carol' });
  await deactivateUser(app.helpline.store.db, { workspaceId, userId: null }, carol.id);
  for (const [body, status] of [
    [{ expires_at: past }, 400],
    [{ expires_at: 'tomorrow' }, 400],
    [{ expires_at: '2999-01-01T00:00:00Z', expires_in_days: 1 }, 400],
    [{ expires_in_days: 0 }, 400],
    [{ expires_in_days: 3651 }, 400],
    [{ expires_in_days: 1.5 }, 400],
    [{ name: '   ' }, 400],
    [{ name: 7 }, 400],
    [{ user_id: carol.id }, 400],
    [{ user_id: 'nobody' }, 404],
    [{ user_id: other.userId }, 404],
  ] as const) {
    const res = await api.post('/helpline/api-tokens', body);
    assert.equal(res.status, status, `${JSON.stringify(body)}: ${res.text}`);
  }
});

test("another workspace's token sees none of this workspace's tokens or users: 404", async (t) => {
  const { api, userId, member, otherWorkspace } = await build(t);
  const created = await createToken(api);
  const bob = await member();
  const other = await otherWorkspace();
  const theirs = await other.api.get('/helpline/api-tokens');
  assert.deepEqual(
    theirs.body.data.map((k: { name: string }) => k.name),
    ['Admin token'],
  );
  assert.equal((await other.api.delete(`/helpline/api-tokens/${created.id}`)).status, 404);
  assert.equal((await api.get('/me', { token: created.token })).status, 200, 'still works');
  for (const id of [userId, bob.userId]) {
    assert.equal((await other.api.post(`/helpline/users/${id}/deactivate`)).status, 404);
    assert.equal((await other.api.post(`/helpline/users/${id}/reactivate`)).status, 404);
  }
  assert.equal((await api.delete('/helpline/api-tokens/nope')).status, 404);
  assert.equal((await api.post('/helpline/users/nope/deactivate')).status, 404);
  assert.equal((await bob.api.get('/me')).status, 200, 'still active');
});

test('the last-used time is recorded, at most once a minute', async (t) => {
  const { api } = await build(t);
  const created = await createToken(api);
  const lastUsed = async () =>
    (await api.get('/helpline/api-tokens')).body.data.find((k: { id: string }) => k.id === created.id).last_used_at;
  assert.equal(await lastUsed(), undefined);
  await api.get('/me', { token: created.token });
  const first = await lastUsed();
  assert.ok(Date.parse(first));
  await new Promise((resolve) => setTimeout(resolve, 600));
  await api.get('/me', { token: created.token });
  assert.equal(await lastUsed(), first, 'not rewritten within the minute');
});

test('deactivating a user stops their tokens at once; reactivating restores them; both audited', async (t) => {
  const { api, member } = await build(t);
  const bob = await member();
  assert.equal((await bob.api.get('/me')).status, 200);
  const deactivated = await api.post(`/helpline/users/${bob.userId}/deactivate`);
  assert.equal(deactivated.status, 200, deactivated.text);
  assert.equal(deactivated.body.data.status, 'deactivated');
  assert.equal(deactivated.body.data.id, bob.userId);
  const refused = await bob.api.get('/me');
  assert.equal(refused.status, 401);
  assert.deepEqual(refused.body.errors, ["This API token's user is deactivated"]);
  assert.equal((await api.get(`/users/${bob.userId}`)).body.data.status, 'deactivated');
  assert.equal((await api.post(`/helpline/users/${bob.userId}/deactivate`)).status, 200, 'again: no change');
  assert.equal((await api.post('/helpline/api-tokens', { user_id: bob.userId })).status, 400);

  const reactivated = await api.post(`/helpline/users/${bob.userId}/reactivate`);
  assert.equal(reactivated.body.data.status, 'active');
  assert.equal((await bob.api.get('/me')).status, 200);
  const actions = (await api.get('/audit-logs')).body.data.map((e: { action: string }) => e.action);
  assert.deepEqual(
    actions.filter((a: string) => a.startsWith('user.')),
    ['user.deactivated', 'user.reactivated'],
  );
});

test('nobody deactivates themselves, and the last active admin stays', async (t) => {
  const { app, api, userId, workspaceId } = await build(t);
  const self = await api.post(`/helpline/users/${userId}/deactivate`);
  assert.equal(self.status, 400);
  assert.match(self.body.errors[0], /yourself/);
  await assert.rejects(
    deactivateUser(app.helpline.store.db, { workspaceId, userId: null }, userId),
    /last active admin/,
  );

  // Two admins deactivating each other at once: one wins, the other is refused; an active admin remains.
  const db = app.helpline.store.db;
  const second = await createUser(db, { workspaceId, email: 'second@example.com', name: 'Second', role: 'admin' });
  const secondToken = await createToken(api, { user_id: second.id });
  const results = await Promise.all([
    api.post(`/helpline/users/${second.id}/deactivate`),
    api.post(`/helpline/users/${userId}/deactivate`, undefined, { token: secondToken.token }),
  ]);
  assert.deepEqual(results.map((r) => r.status).sort(), [200, 400], results.map((r) => r.text).join('\n'));
  const users = (await db.selectFrom('users').select('status').where('role', '=', 'admin').execute()).filter(
    (u) => u.status === 'active',
  );
  assert.equal(users.length, 1);
});

test('a revoked token gets 401 within a second, revoked here or by another instance', async (t) => {
  const { app, api } = await build(t);
  const created = await createToken(api);
  const probe = async () => (await api.get('/me', { token: created.token })).status;
  assert.equal(await probe(), 200);
  assert.equal((await api.delete(`/helpline/api-tokens/${created.id}`)).status, 200);
  const here = await msUntil401(probe);
  assert.ok(here < 1_000, `${here} ms`);

  // Another instance revoking writes the row; this one's cache has only its own lifetime left.
  const other = await createToken(api);
  const probeOther = async () => (await api.get('/me', { token: other.token })).status;
  assert.equal(await probeOther(), 200);
  const db = app.helpline.store.db;
  await db.updateTable('api_tokens').set({ revoked_at: new Date().toISOString() }).where('id', '=', other.id).execute();
  const elsewhere = await msUntil401(probeOther);
  assert.ok(elsewhere < 1_000, `${elsewhere} ms`);
  t.diagnostic(`revoked here: 401 after ${here} ms; revoked elsewhere: after ${elsewhere} ms`);
});

test(
  'two instances on PostgreSQL + Redis: a token revoked or a user deactivated on one gets 401 on the other within 1 s',
  { skip: TEST_DIALECT !== 'postgres' && 'runs in the PostgreSQL pass' },
  async (t) => {
    const redis = await redisForTest(t);
    if (!redis) return;
    const { url } = await freshPostgresUrl(t);
    const admin = 'two-instance-admin-token-0123456789';
    const env = { DATABASE_URL: url, REDIS_URL: redis.url, REDIS_KEY_PREFIX: redis.prefix, BOOTSTRAP_API_TOKEN: admin };
    const [a, b] = (await Promise.all([startServer(t, env), startServer(t, env)])) as [ServerProcess, ServerProcess];
    const call = async (server: ServerProcess, method: string, path: string, token = admin, body?: unknown) => {
      const res = await fetch(server.baseUrl + path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const status = (server: ServerProcess, token: string) => async () =>
      (await call(server, 'GET', '/me', token)).status;

    const token = (await call(a, 'POST', '/helpline/api-tokens', admin, {})).body.data;
    for (const server of [a, b]) assert.equal(await status(server, token.token)(), 200, 'cached on both');
    assert.equal((await call(a, 'DELETE', `/helpline/api-tokens/${token.id}`)).status, 200);
    const revokedMs = await msUntil401(status(b, token.token));
    assert.ok(revokedMs < 1_000, `${revokedMs} ms`);

    const workspaceId = (await call(a, 'GET', '/me')).body.data.id;
    const user = await runCli(
      ['user', 'create', '--workspace', workspaceId, '--email', 'dana@example.com', '--name', 'Dana'],
      env,
    );
    assert.equal(user.code, 0, user.stderr);
    const dana = JSON.parse(user.stdout);
    const danaToken = (await call(a, 'POST', '/helpline/api-tokens', admin, { user_id: dana.id })).body.data.token;
    for (const server of [a, b]) assert.equal(await status(server, danaToken)(), 200, 'cached on both');
    assert.equal((await call(b, 'POST', `/helpline/users/${dana.id}/deactivate`)).status, 200);
    const deactivatedMs = await msUntil401(status(a, danaToken));
    assert.ok(deactivatedMs < 1_000, `${deactivatedMs} ms`);
    t.diagnostic(`other instance: revoked → 401 after ${revokedMs} ms; deactivated → 401 after ${deactivatedMs} ms`);
  },
);
