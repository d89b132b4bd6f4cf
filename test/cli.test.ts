import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { durableDatabaseUrl } from './helpers/database.js';
import { ENTRY, runCli, startServer, tempDir } from './helpers/process.js';

test("workspace create gives a second workspace whose token cannot see the first one's issue", async (t) => {
  const dir = tempDir(t);
  const secret = 'first-workspace-token-0123456789';
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir), BOOTSTRAP_API_TOKEN: secret };
  const server = await startServer(t, env);
  const issue = await fetch(`${server.baseUrl}/issues`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Private', body_html: 'x', requester_email: 'p@example.com' }),
  }).then((r) => r.json() as Promise<any>);

  const created = await runCli(['workspace', 'create', '--name', 'Second'], env);
  assert.equal(created.code, 0, created.stderr);
  const second = JSON.parse(created.stdout);
  assert.deepEqual(Object.keys(second).sort(), ['token', 'user_id', 'workspace_id']);
  for (const key of [issue.data.id, String(issue.data.number)]) {
    const res = await fetch(`${server.baseUrl}/issues/${key}`, {
      headers: { authorization: `Bearer ${second.token}` },
    });
    assert.equal(res.status, 404);
  }
  const me = await fetch(`${server.baseUrl}/me`, { headers: { authorization: `Bearer ${second.token}` } }).then(
    (r) => r.json() as Promise<any>,
  );
  assert.equal(me.data.name, 'Second');
});

test('user create and token create print JSON; the new token acts as that user', async (t) => {
  const dir = tempDir(t);
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir) };
  const migrated = await runCli(['migrate'], env);
  assert.equal(migrated.code, 0, migrated.stderr);
  // Every migration the build ships, in name order.
  const migrations = readdirSync(new URL('../dist/core/store/migrations/', import.meta.url))
    .filter((file) => /^\d{3}-.+\.js$/.test(file))
    .map((file) => file.replace(/\.js$/, ''))
    .sort();
  assert.ok(migrations.length >= 10);
  assert.deepEqual(JSON.parse(migrated.stdout).applied, migrations);
  assert.deepEqual(JSON.parse((await runCli(['migrate'], env)).stdout).applied, []);

  const ws = JSON.parse((await runCli(['workspace', 'create', '--name', 'Acme'], env)).stdout);
  const user = await runCli(
    ['user', 'create', '--workspace', ws.workspace_id, '--email', 'bob@acme.test', '--name', 'Bob'],
    env,
  );
  assert.equal(user.code, 0, user.stderr);
  const bob = JSON.parse(user.stdout);
  assert.equal(bob.email, 'bob@acme.test');
  const token = await runCli(['token', 'create', '--workspace', ws.workspace_id, '--user', bob.id], env);
  assert.equal(token.code, 0, token.stderr);
  const issued = JSON.parse(token.stdout);
  assert.match(issued.token, /^hl_[A-Za-z0-9_-]{43}$/);
  assert.equal(issued.user_id, bob.id);

  const server = await startServer(t, env);
  const me = await fetch(`${server.baseUrl}/me`, { headers: { authorization: `Bearer ${issued.token}` } }).then(
    (r) => r.json() as Promise<any>,
  );
  assert.deepEqual(me.data.user, { id: bob.id, email: 'bob@acme.test' });
});

test('user invite prints the user and a one-time link that sets the console password once', async (t) => {
  const env = { DATABASE_URL: await durableDatabaseUrl(t, tempDir(t)), PUBLIC_URL: 'https://help.acme.test' };
  const ws = JSON.parse((await runCli(['workspace', 'create', '--name', 'Invites'], env)).stdout);
  const invited = await runCli(
    [
      'user',
      'invite',
      '--workspace',
      ws.workspace_id,
      '--email',
      'nina@acme.test',
      '--role',
      'admin',
      '--name',
      'Nina',
    ],
    env,
  );
  assert.equal(invited.code, 0, invited.stderr);
  const { user, link } = JSON.parse(invited.stdout);
  assert.equal(user.email, 'nina@acme.test');
  assert.equal(user.role_id, 'admin');
  assert.equal(user.name, 'Nina');
  assert.match(link, /^https:\/\/help\.acme\.test\/set-password\?token=[A-Za-z0-9_-]{43}$/);
  const member = JSON.parse(
    (await runCli(['user', 'invite', '--workspace', ws.workspace_id, '--email', 'max@acme.test'], env)).stdout,
  );
  assert.equal(member.user.role_id, 'member');

  // The link names PUBLIC_URL; the server here listens on a local port.
  const server = await startServer(t, { DATABASE_URL: env.DATABASE_URL });
  const setPassword = () =>
    fetch(`${server.baseUrl}/console/api/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: new URL(link).searchParams.get('token'), password: 'nina password 1' }),
    });
  const set = await setPassword();
  assert.equal(set.status, 200);
  assert.match(set.headers.get('set-cookie') ?? '', /helpline_session=.+; .*HttpOnly/);
  assert.equal((await setPassword()).status, 400, 'the link works once');
  for (const args of [
    ['user', 'invite', '--workspace', ws.workspace_id],
    ['user', 'invite', '--workspace', ws.workspace_id, '--email', 'nina@acme.test'],
    ['user', 'invite', '--workspace', 'missing', '--email', 'x@acme.test'],
    ['user', 'invite', '--workspace', ws.workspace_id, '--email', 'y@acme.test', '--role', 'owner'],
  ]) {
    const result = await runCli(args, env);
    assert.notEqual(result.code, 0, args.join(' '));
    assert.equal(result.stdout, '', args.join(' '));
  }
  const help = await runCli(['user', 'invite', '--help'], env);
  assert.ok(help.stdout.startsWith('Usage: helpline user invite --workspace W --email E [--role member|admin]'));
});

test("every start prints a link to set the first admin's console password until it is set", async (t) => {
  const dir = tempDir(t);
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir), BOOTSTRAP_API_TOKEN: 'console-link-secret-0123456789' };
  const linkIn = (output: string) => /console password \(one-time link, valid 7 days\): (\S+)/.exec(output)?.[1];
  const first = await startServer(t, env);
  const link = linkIn(first.output());
  assert.ok(link, first.output());
  assert.ok(link.startsWith(`${first.baseUrl}/set-password?token=`));
  first.child.kill('SIGTERM');
  await first.exited;
  const second = await startServer(t, env);
  const again = linkIn(second.output())!;
  assert.ok(again && again !== link, 'a fresh link on every start while no password is set');
  const set = await fetch(`${second.baseUrl}/console/api/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: new URL(again).searchParams.get('token'), password: 'first admin password' }),
  });
  assert.equal(set.status, 200);
  second.child.kill('SIGTERM');
  await second.exited;
  const third = await startServer(t, env);
  assert.equal(linkIn(third.output()), undefined, 'no link once the admin has a password');
  const signIn = await fetch(`${third.baseUrl}/console/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@helpline.local', password: 'first admin password' }),
  });
  assert.equal(signIn.status, 200);
});

test('wrong usage: a message on stderr and a non-zero exit code', async (t) => {
  const env = { DATABASE_URL: await durableDatabaseUrl(t, tempDir(t)) };
  for (const args of [
    ['frobnicate'],
    ['workspace', 'create'],
    ['user', 'create', '--workspace', 'w'],
    ['token', 'create', '--workspace', 'missing'],
    ['--bogus'],
    ['user', 'create', '--workspace', 'w', '--email', 'e@x.io', '--name', 'n', '--role', 'king'],
  ]) {
    const result = await runCli(args, env);
    assert.notEqual(result.code, 0, args.join(' '));
    assert.ok(result.stderr.length > 0, args.join(' '));
    assert.equal(result.stdout, '', args.join(' '));
  }
});

test('webhook create and list, and support-address, through the CLI', async (t) => {
  // example.com need not resolve where the tests run: the check of the receiver's address is not what is tested here.
  const env = { DATABASE_URL: await durableDatabaseUrl(t, tempDir(t)), WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' };
  const ws = JSON.parse((await runCli(['workspace', 'create', '--name', 'Hooks'], env)).stdout);
  const created = await runCli(
    [
      'webhook',
      'create',
      '--workspace',
      ws.workspace_id,
      '--url',
      'https://example.com/hook',
      '--events',
      'message.created,message.deleted',
    ],
    env,
  );
  assert.equal(created.code, 0, created.stderr);
  const endpoint = JSON.parse(created.stdout);
  assert.match(endpoint.secret, /^whsec_/);
  assert.deepEqual(endpoint.event_types, ['message.created', 'message.deleted']);
  const listed = JSON.parse((await runCli(['webhook', 'list', '--workspace', ws.workspace_id], env)).stdout);
  assert.deepEqual(
    listed.map((e: { id: string }) => e.id),
    [endpoint.id],
  );
  assert.equal(listed[0].secret, undefined);
  const bad = await runCli(['webhook', 'create', '--workspace', ws.workspace_id, '--url', 'nope'], env);
  assert.notEqual(bad.code, 0);
  const address = await runCli(
    ['workspace', 'support-address', '--workspace', ws.workspace_id, '--email', 'Help@Acme.test'],
    env,
  );
  assert.equal(address.code, 0, address.stderr);
  assert.equal(JSON.parse(address.stdout).support_email, 'help@acme.test');
});

test('token list, create with expiry, revoke; user deactivate and reactivate, through the CLI', async (t) => {
  const env = { DATABASE_URL: await durableDatabaseUrl(t, tempDir(t)) };
  const cli = async (...args: string[]) => {
    const result = await runCli(args, env);
    assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}`);
    return JSON.parse(result.stdout);
  };
  const ws = await cli('workspace', 'create', '--name', 'Lifecycle');
  const w = ws.workspace_id;
  const bob = await cli('user', 'create', '--workspace', w, '--email', 'bob@acme.test', '--name', 'Bob');
  const expiring = await cli('token', 'create', '--workspace', w, '--user', bob.id, '--expires-in-days', '7');
  assert.match(expiring.id, /^[0-9a-f-]{36}$/, 'token create prints the id that token revoke takes');
  assert.ok(Math.abs(Date.parse(expiring.expires_at) - Date.now() - 7 * 86_400_000) < 60_000);
  const kept = await cli('token', 'create', '--workspace', w, '--user', bob.id, '--name', 'Kept');

  const listed = await cli('token', 'list', '--workspace', w);
  assert.deepEqual(
    listed.map((k: { id: string }) => k.id),
    [listed[0].id, expiring.id, kept.id],
  );
  assert.ok(listed.every((k: { token?: string; status: string }) => k.token === undefined && k.status === 'active'));
  const revoked = await cli('token', 'revoke', '--workspace', w, '--id', expiring.id);
  assert.equal(revoked.status, 'revoked');
  const after = await cli('token', 'list', '--workspace', w);
  assert.deepEqual(
    after.map((k: { status: string }) => k.status),
    ['active', 'revoked', 'active'],
  );

  const server = await startServer(t, env);
  const me = (token: string) =>
    fetch(`${server.baseUrl}/me`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
  assert.equal(await me(expiring.token), 401);
  assert.equal(await me(kept.token), 200);
  assert.equal((await cli('user', 'deactivate', '--workspace', w, '--user', bob.id)).status, 'deactivated');
  const started = Date.now();
  while ((await me(kept.token)) !== 401) {
    assert.ok(Date.now() - started < 1_000, 'refused within a second');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal((await cli('user', 'reactivate', '--workspace', w, '--user', bob.id)).status, 'active');
  assert.equal(await me(ws.token), 200);

  const lastAdmin = await runCli(['user', 'deactivate', '--workspace', w, '--user', ws.user_id], env);
  assert.equal(lastAdmin.code, 1);
  assert.match(lastAdmin.stderr, /last active admin/);
  for (const args of [
    ['token', 'revoke', '--workspace', w],
    ['token', 'revoke', '--workspace', w, '--id', 'nope'],
    ['token', 'list'],
    ['token', 'list', '--workspace', 'missing'],
    ['token', 'create', '--workspace', w, '--expires-in-days', 'soon'],
    ['token', 'create', '--workspace', w, '--expires-in-days', '0'],
    ['user', 'deactivate', '--workspace', w],
    ['user', 'deactivate', '--workspace', w, '--user', 'nobody'],
    ['user', 'reactivate', '--workspace', 'missing', '--user', bob.id],
  ]) {
    const result = await runCli(args, env);
    assert.notEqual(result.code, 0, args.join(' '));
    assert.ok(result.stderr.length > 0, args.join(' '));
    assert.equal(result.stdout, '', args.join(' '));
  }
});

test('every command has its own --help: its usage on stdout, exit code 0', async (t) => {
  const env = { DATABASE_URL: await durableDatabaseUrl(t, tempDir(t)) };
  const all = await runCli(['--help'], env);
  assert.equal(all.code, 0);
  for (const words of ['serve', 'migrate', 'backup --to FILE', 'restore --from FILE', 'token create --workspace W'])
    assert.ok(all.stdout.includes(words), words);

  const group = await runCli(['token', '--help'], env);
  assert.equal(group.code, 0, group.stderr);
  assert.match(group.stdout, /^Usage: helpline token <command>/);
  for (const words of ['token create', 'token list', 'token revoke']) assert.ok(group.stdout.includes(words), words);
  assert.doesNotMatch(group.stdout, /webhook create|user create/);

  for (const [args, usage] of [
    [['token', 'create', '--help'], 'token create --workspace W [--user U] [--name N] [--expires-in-days D]'],
    [['user', 'deactivate', '-h'], 'user deactivate --workspace W --user U'],
    [['backup', '--help'], 'backup --to FILE'],
    [['restore', '--help'], 'restore --from FILE'],
    [['serve', '--help'], 'serve'],
  ] as const) {
    const help = await runCli([...args], env);
    assert.equal(help.code, 0, args.join(' '));
    assert.ok(help.stdout.startsWith(`Usage: helpline ${usage}\n`), help.stdout);
    assert.doesNotMatch(help.stdout, /webhook list/, 'only that command');
  }
  const unknown = await runCli(['frobnicate', '--help'], env);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stdout, '');
  assert.match(unknown.stderr, /Unknown command "frobnicate"/);
});

test('a first start writes only JSON lines on stdout; the banner, token included, goes to stderr', async (t) => {
  const dir = tempDir(t);
  const child = spawn(process.execPath, [ENTRY], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: await durableDatabaseUrl(t, dir) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const listening = /listening on (http:\/\/\S+)/.exec(stderr);
      if (listening) resolve(listening[1]!);
    });
    child.on('exit', () => reject(new Error(`server exited:\n${stderr}`)));
  });
  assert.equal((await fetch(`${baseUrl}/healthz`)).status, 200);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));

  assert.match(stderr, /API token \(shown once, keep it safe\): hl_/);
  assert.match(stderr, /console password \(one-time link, valid 7 days\): http:\/\/\S+\/set-password\?token=/);
  assert.doesNotMatch(stdout, /set-password/, 'the link is not in the logs');
  assert.match(stderr, /Database: /);
  const lines = stdout.split('\n').filter((line) => line !== '');
  assert.ok(lines.length >= 2, 'the logger wrote its lines');
  for (const line of lines) assert.doesNotThrow(() => JSON.parse(line), line);
  assert.doesNotMatch(stdout, /hl_/, 'the token is not in the logs');
});

test('seed --demo loads the demo workspace: issues in every state', async (t) => {
  const dir = tempDir(t);
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir) };
  const created = await runCli(['workspace', 'create', '--name', 'Demo'], env);
  assert.equal(created.code, 0, created.stderr);
  const { workspace_id: workspaceId } = JSON.parse(created.stdout);
  const seeded = await runCli(['seed', '--demo', '--workspace', workspaceId], env);
  assert.equal(seeded.code, 0, seeded.stderr);
  const summary = JSON.parse(seeded.stdout);
  assert.ok(summary.issues > 0 && summary.messages > summary.issues, seeded.stdout);
  for (const state of ['new', 'waiting_on_you', 'waiting_on_customer', 'on_hold', 'closed']) {
    assert.ok(summary.issues_by_state[state] > 0, `an issue in state ${state}`);
  }
  const usage = await runCli(['seed', '--workspace', workspaceId], env);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /seed needs --demo/);
});
