import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { durableDatabaseUrl, TEST_DIALECT } from './helpers/database.js';
import { runCli, startServer, tempDir } from './helpers/process.js';

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });

test('first start: creates workspace "Default", prints its token once, and serves it over HTTP', async (t) => {
  const dir = tempDir(t);
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir) };
  const server = await startServer(t, env);
  const token = /API token \(shown once, keep it safe\): (\S+)/.exec(server.output())?.[1];
  assert.ok(token, server.output());
  assert.match(server.output(), /curl -H "Authorization: Bearer hl_\S+" http:\/\/127\.0\.0\.1:\d+\/me/);
  if (TEST_DIALECT === 'sqlite')
    assert.ok(readdirSync(join(dir, 'data')).includes('helpline.db'), 'the data folder is created');

  const me = await json(await fetch(`${server.baseUrl}/me`, { headers: { authorization: `Bearer ${token}` } }));
  assert.equal(me.status, 200);
  assert.equal(me.body.data.name, 'Default');
  const anonymous = await json(await fetch(`${server.baseUrl}/me`));
  assert.equal(anonymous.status, 401);

  // Graceful stop on SIGTERM; a restart creates nothing new and prints no token.
  server.child.kill('SIGTERM');
  assert.equal(await server.exited, 0);
  const again = await startServer(t, env);
  assert.doesNotMatch(again.output(), /API token/);
  const stillMe = await json(await fetch(`${again.baseUrl}/me`, { headers: { authorization: `Bearer ${token}` } }));
  assert.equal(stillMe.body.data.id, me.body.data.id);
  const workspaces = await runCli(['token', 'create', '--workspace', me.body.data.id], env);
  assert.equal(workspaces.code, 0, workspaces.stderr);
});

test('with BOOTSTRAP_API_TOKEN that exact value is the admin token and no secret is printed', async (t) => {
  const dir = tempDir(t);
  const secret = 'automation-secret-0123456789';
  const server = await startServer(t, { DATABASE_URL: await durableDatabaseUrl(t, dir), BOOTSTRAP_API_TOKEN: secret });
  assert.doesNotMatch(server.output(), new RegExp(secret));
  assert.match(server.output(), /\$BOOTSTRAP_API_TOKEN/);
  const me = await fetch(`${server.baseUrl}/me`, { headers: { authorization: `Bearer ${secret}` } });
  assert.equal(me.status, 200);
});

test('a write answered with 200 survives SIGKILL right after the answer', async (t) => {
  const dir = tempDir(t);
  const secret = 'durability-secret-0123456789';
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir), BOOTSTRAP_API_TOKEN: secret };
  const headers = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };
  const server = await startServer(t, env);
  const created = await json(
    await fetch(`${server.baseUrl}/issues`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'Durable', body_html: 'kept', requester_email: 'k@example.com' }),
    }),
  );
  assert.equal(created.status, 200);
  server.child.kill('SIGKILL');
  assert.equal(await server.exited, 'SIGKILL');
  const restarted = await startServer(t, env);
  const read = await json(await fetch(`${restarted.baseUrl}/issues/${created.body.data.number}`, { headers }));
  assert.equal(read.status, 200);
  assert.equal(read.body.data.title, 'Durable');
});

test('a bad configuration stops the start with one message naming each bad variable, exit code 1', async (t) => {
  const dir = tempDir(t);
  const result = await runCli([], {
    DATABASE_URL: await durableDatabaseUrl(t, dir),
    PORT: 'eighty',
    RATE_LIMIT_MULTIPLIER: '0',
  });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /PORT/);
  assert.match(result.stderr, /RATE_LIMIT_MULTIPLIER/);
});
