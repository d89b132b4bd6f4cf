import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_SIGN_IN_FAILURES } from '../../src/features/console-auth/sign-in-limit.js';
import { build } from '../helpers/build.js';
import { agent, browser, PASSWORD, sessionSetCookie, signedIn } from './console-client.js';

test('sign in, see who is signed in, sign out: the cookie then stops working', async (t) => {
  const built = await build(t);
  const user = await agent(built, built.workspaceId, { role: 'member' });
  const b = browser(built.app);
  const res = await b.signIn(user.email.toUpperCase());
  assert.equal(res.status, 200);
  assert.equal(res.body.data.user.id, user.id);
  assert.equal(res.body.data.workspace_id, built.workspaceId);
  assert.match(res.body.data.csrf_token, /^[A-Za-z0-9_-]{43}$/);
  assert.ok(res.body.request_id);
  const cookie = sessionSetCookie(res)!;
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.match(cookie, /Path=\//);
  assert.doesNotMatch(cookie, /Secure/, 'no Secure flag over plain http');
  const stored = await built.app.helpline.store.db.selectFrom('console_sessions').selectAll().execute();
  assert.equal(stored.length, 1);
  assert.notEqual(stored[0]!.token_hash, b.cookie(), 'only a hash of the secret is stored');

  const me = await b.request('GET', '/console/api/session', { csrf: null });
  assert.equal(me.status, 200);
  assert.equal(me.body.data.user.email, user.email);
  assert.equal(me.body.data.csrf_token, res.body.data.csrf_token);

  const whoAmI = await b.request('GET', '/console/api/v1/me', { csrf: null });
  assert.equal(whoAmI.status, 200, 'the public API, through the session');
  assert.deepEqual(whoAmI.body.data.user, { id: user.id, email: user.email });

  const secret = b.cookie()!;
  const out = await b.request('DELETE', '/console/api/session');
  assert.equal(out.status, 200);
  assert.match(sessionSetCookie(out)!, /helpline_session=;/);
  assert.equal((await built.app.helpline.store.db.selectFrom('console_sessions').selectAll().execute()).length, 0);
  const again = await built.app.inject({
    method: 'GET',
    url: '/console/api/session',
    headers: { cookie: `helpline_session=${secret}` },
  });
  assert.equal(again.statusCode, 401);
  assert.equal((await browser(built.app).request('GET', '/console/api/session')).status, 401, 'no cookie: 401');
});

test('a wrong password and an unknown email get the same 401; sign-ins are logged without the password', async (t) => {
  const built = await build(t);
  const user = await agent(built, built.workspaceId);
  const wrong = await browser(built.app).signIn(user.email, 'not the password at all');
  const unknown = await browser(built.app).signIn('nobody-here@example.com', 'not the password at all');
  const noPassword = await browser(built.app).signIn('admin@helpline.local', PASSWORD);
  for (const res of [wrong, unknown, noPassword]) {
    assert.equal(res.status, 401);
    assert.deepEqual(res.body.errors, ['Email or password is incorrect']);
    assert.equal(sessionSetCookie(res), undefined);
  }
  const tooShort = await browser(built.app).request('POST', '/console/api/session', { body: { email: user.email } });
  assert.equal(tooShort.status, 400);
});

test('sign-in log lines name the outcome and never the password', async (t) => {
  const logged: string[] = [];
  const built = await build(t, { env: { LOG_LEVEL: 'info' } });
  // Every request's logger writes to the server logger's stream.
  const stream = Object.getOwnPropertySymbols(built.app.log).find((s) => s.description === 'pino.stream')!;
  (built.app.log as unknown as Record<symbol, unknown>)[stream] = { write: (line: string) => logged.push(line) };
  const user = await agent(built, built.workspaceId);
  await browser(built.app).signIn(user.email, 'a-wrong-password-123');
  await browser(built.app).signIn(user.email);
  const signIns = logged.filter((line) => line.includes('console sign-in')).map((line) => JSON.parse(line));
  assert.deepEqual(
    signIns.map((l) => [l.sign_in.outcome, l.sign_in.reason]),
    [
      ['refused', 'wrong_password'],
      ['signed_in', undefined],
    ],
  );
  assert.ok(!logged.join('').includes(PASSWORD) && !logged.join('').includes('a-wrong-password-123'));
});

test('the 11th sign-in within 15 minutes after 10 failures for one account is 429 with Retry-After', async (t) => {
  const built = await build(t);
  const user = await agent(built, built.workspaceId);
  for (let i = 0; i < MAX_SIGN_IN_FAILURES; i++) {
    // Each from a different address: the account's own limit is what refuses.
    const res = await browser(built.app, `192.0.2.${i + 1}`).signIn(user.email, `wrong-password-${i}`);
    assert.equal(res.status, 401, `attempt ${i + 1}`);
  }
  const limited = await browser(built.app, '192.0.2.99').signIn(user.email);
  assert.equal(limited.status, 429, 'even with the right password');
  const retry = Number(limited.headers['retry-after']);
  assert.ok(retry > 800 && retry <= 900, `Retry-After ${retry}`);
  assert.equal(sessionSetCookie(limited), undefined);

  // Another account from another address is not affected; once the failures age out of the window, it works again.
  const other = await agent(built, built.workspaceId);
  assert.equal((await browser(built.app, '192.0.2.100').signIn(other.email)).status, 200);
  const past = new Date(Date.now() - 16 * 60_000).toISOString();
  await built.app.helpline.store.db.updateTable('sign_in_failures').set({ failed_at: past }).execute();
  assert.equal((await browser(built.app, '192.0.2.99').signIn(user.email)).status, 200);
});

test('the 11th sign-in after 10 failures from one address is 429, whatever the account', async (t) => {
  const built = await build(t);
  const user = await agent(built, built.workspaceId);
  const address = '198.51.100.7';
  for (let i = 0; i < MAX_SIGN_IN_FAILURES; i++) {
    const res = await browser(built.app, address).signIn(`guess-${i}@example.com`, 'wrong-password-x');
    assert.equal(res.status, 401);
  }
  const limited = await browser(built.app, address).signIn(user.email);
  assert.equal(limited.status, 429);
  assert.ok(Number(limited.headers['retry-after']) > 0);
  assert.match(limited.body.errors[0], /Too many failed sign-ins/);
  assert.equal((await browser(built.app, '198.51.100.8').signIn(user.email)).status, 200, 'another address');
});

test('behind a proxy named in TRUST_PROXY, the limit counts the client it forwards for, not the proxy', async (t) => {
  const proxy = '10.9.8.7';
  const forwarded = (client: string) => ({ remoteAddress: proxy, headers: { 'x-forwarded-for': client } });
  const trusting = await build(t, { env: { TRUST_PROXY: `127.0.0.1, ${proxy}` } });
  const user = await agent(trusting, trusting.workspaceId);
  const failing = browser(trusting.app, proxy);
  for (let i = 0; i < MAX_SIGN_IN_FAILURES; i++) {
    assert.equal(
      (await failing.signIn(`guess-${i}@example.com`, 'wrong-password-x', forwarded('198.51.100.20'))).status,
      401,
    );
  }
  assert.equal((await failing.signIn(user.email, PASSWORD, forwarded('198.51.100.20'))).status, 429, 'that client');
  assert.equal((await failing.signIn(user.email, PASSWORD, forwarded('198.51.100.21'))).status, 200, 'another client');

  // Not named: X-Forwarded-For is a claim anyone can make, and the proxy's own address is counted.
  const plain = await build(t);
  const other = await agent(plain, plain.workspaceId);
  const direct = browser(plain.app, proxy);
  for (let i = 0; i < MAX_SIGN_IN_FAILURES; i++) {
    await direct.signIn(`guess-${i}@example.com`, 'wrong-password-x', forwarded(`198.51.100.${30 + i}`));
  }
  assert.equal((await direct.signIn(other.email, PASSWORD, forwarded('198.51.100.99'))).status, 429);
});

test("sign-ins and failed attempts on a workspace's users are in its audit log, with the address", async (t) => {
  const built = await build(t);
  const user = await agent(built, built.workspaceId);
  assert.equal((await browser(built.app, '192.0.2.61').signIn(user.email, 'not-the-password')).status, 401);
  assert.equal((await browser(built.app, '192.0.2.62').signIn(user.email)).status, 200);
  assert.equal((await browser(built.app, '192.0.2.63').signIn('nobody@example.com', 'whatever-pass')).status, 401);
  const entries = (await built.api.get('/audit-logs')).body.data as any[];
  const signIns = entries.filter((e) => String(e.action).startsWith('user.sign'));
  assert.deepEqual(
    signIns.map((e) => [e.action, e.object_id ?? e.object?.id, e.attributes?.remote_address]),
    [
      ['user.sign_in_failed', user.id, '192.0.2.61'],
      ['user.signed_in', user.id, '192.0.2.62'],
    ],
    JSON.stringify(signIns),
  );
  const other = await built.otherWorkspace();
  assert.equal(
    ((await other.api.get('/audit-logs')).body.data as any[]).filter((e) => String(e.action).startsWith('user.sign'))
      .length,
    0,
  );
});

test('the limit is not scaled by RATE_LIMIT_MULTIPLIER, and a success does not count', async (t) => {
  const built = await build(t, { env: { RATE_LIMIT_MULTIPLIER: '1000' } });
  const user = await agent(built, built.workspaceId);
  const address = '203.0.113.5';
  for (let i = 0; i < 15; i++) assert.equal((await browser(built.app, address).signIn(user.email)).status, 200);
  for (let i = 0; i < MAX_SIGN_IN_FAILURES; i++) await browser(built.app, address).signIn(user.email, 'wrong-wrong-1');
  assert.equal((await browser(built.app, address).signIn(user.email)).status, 429);
});

test('a deactivated user cannot sign in, and their sessions stop working at once', async (t) => {
  const { built, browser: adminBrowser } = await signedIn(t);
  const user = await agent(built, built.workspaceId, { role: 'member' });
  const b = browser(built.app);
  assert.equal((await b.signIn(user.email)).status, 200);
  const off = await adminBrowser.request('POST', `/console/api/v1/helpline/users/${user.id}/deactivate`);
  assert.equal(off.status, 200, JSON.stringify(off.body));
  assert.equal((await b.request('GET', '/console/api/session')).status, 401);
  assert.equal((await b.request('GET', '/console/api/v1/me')).status, 401);
  const again = await browser(built.app).signIn(user.email);
  assert.equal(again.status, 401);
  assert.deepEqual(again.body.errors, ['Email or password is incorrect']);
});

test('a session ends after 12 hours idle, and 7 days after sign-in', async (t) => {
  const { built, browser: b } = await signedIn(t);
  const db = built.app.helpline.store.db;
  assert.equal((await b.request('GET', '/console/api/session')).status, 200);
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  await db
    .updateTable('console_sessions')
    .set({ last_seen_at: hoursAgo(11) })
    .execute();
  assert.equal((await b.request('GET', '/console/api/session')).status, 200, 'used 11 hours ago: still open');
  const seen = await db.selectFrom('console_sessions').select('last_seen_at').executeTakeFirstOrThrow();
  assert.ok(Date.parse(seen.last_seen_at) > Date.now() - 60_000, 'a use moves the idle end');
  await db
    .updateTable('console_sessions')
    .set({ last_seen_at: hoursAgo(13) })
    .execute();
  assert.equal((await b.request('GET', '/console/api/session')).status, 401);
  await db
    .updateTable('console_sessions')
    .set({ last_seen_at: hoursAgo(0), expires_at: hoursAgo(0.01) })
    .execute();
  assert.equal((await b.request('GET', '/console/api/session')).status, 401);
});

test('with an https PUBLIC_URL the cookie is Secure', async (t) => {
  const built = await build(t, { env: { PUBLIC_URL: 'https://help.example.com' } });
  const user = await agent(built, built.workspaceId);
  const res = await browser(built.app).signIn(user.email);
  assert.equal(res.status, 200);
  assert.match(sessionSetCookie(res)!, /; Secure/);
});

test('an email with a password in two workspaces needs workspace_id', async (t) => {
  const built = await build(t);
  const other = await built.otherWorkspace();
  const email = `both-${Date.now()}@example.com`;
  await agent(built, built.workspaceId, { email });
  await agent(built, other.workspaceId, { email });
  const b = browser(built.app);
  const ambiguous = await b.signIn(email);
  assert.equal(ambiguous.status, 400);
  assert.match(ambiguous.body.errors[0], /workspace_id/);
  const chosen = await b.request('POST', '/console/api/session', {
    body: { email, password: PASSWORD, workspace_id: other.workspaceId },
  });
  assert.equal(chosen.status, 200);
  assert.equal(chosen.body.data.workspace_id, other.workspaceId);
});
