import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstAdminPasswordLink, issuePasswordLink } from '../../src/features/console-auth/password-link.service.js';
import { findUserById } from '../../src/features/users/user.repository.js';
import { browser, PASSWORD, sessionSetCookie, signedIn } from './console-client.js';

const tokenOf = (link: string): string => new URL(link).searchParams.get('token')!;

test('an admin invites a user; the link sets a password once and signs them in', async (t) => {
  const { built, browser: admin } = await signedIn(t, { build: { env: { PUBLIC_URL: 'http://help.test:8080' } } });
  const res = await admin.request('POST', '/console/api/invites', {
    body: { email: 'Nina@Example.com', name: 'Nina' },
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.data.user.email, 'Nina@Example.com');
  assert.equal(res.body.data.user.role_id, 'member', 'a member unless told');
  assert.match(res.body.data.link, /^http:\/\/help\.test:8080\/set-password\?token=[A-Za-z0-9_-]{43}$/);
  const token = tokenOf(res.body.data.link);
  const stored = await built.app.helpline.store.db.selectFrom('password_links').selectAll().execute();
  assert.equal(stored.length, 1);
  assert.equal(stored[0]!.purpose, 'invite');
  assert.notEqual(stored[0]!.token_hash, token, 'only a hash of the token is stored');

  const nina = browser(built.app);
  assert.equal((await nina.signIn('nina@example.com')).status, 401, 'no password yet');
  const tooShort = await nina.request('POST', '/console/api/password', { body: { token, password: 'short' } });
  assert.equal(tooShort.status, 400);
  assert.match(tooShort.body.errors[0], /at least 10 characters/);
  const set = await nina.request('POST', '/console/api/password', { body: { token, password: PASSWORD } });
  assert.equal(set.status, 200, JSON.stringify(set.body));
  assert.equal(set.body.data.user.id, res.body.data.user.id);
  assert.ok(sessionSetCookie(set), 'setting the password signs in');
  assert.equal((await nina.request('GET', '/console/api/v1/me')).body.data.user.email, 'Nina@Example.com');

  const reused = await browser(built.app).request('POST', '/console/api/password', {
    body: { token, password: 'another password 123' },
  });
  assert.equal(reused.status, 400, 'a link works once');
  assert.match(reused.body.errors[0], /invalid, already used or expired/);
  assert.equal((await browser(built.app).signIn('nina@example.com', 'another password 123')).status, 401);
  assert.equal((await browser(built.app).signIn('nina@example.com')).status, 200);

  const admins = await admin.request('POST', '/console/api/invites', {
    body: { email: 'ops@example.com', role: 'admin' },
  });
  assert.equal(admins.body.data.user.role_id, 'admin');
  assert.equal(admins.body.data.user.name, 'ops');
});

test('an expired link, an unknown one, or a deactivated user’s: 400', async (t) => {
  const { built, browser: admin } = await signedIn(t);
  const db = built.app.helpline.store.db;
  const invite = async (email: string) =>
    tokenOf((await admin.request('POST', '/console/api/invites', { body: { email } })).body.data.link);
  const expired = await invite('late@example.com');
  await db
    .updateTable('password_links')
    .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
    .execute();
  const fresh = await invite('gone@example.com');
  const gone = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'gone@example.com')
    .executeTakeFirstOrThrow();
  assert.equal((await admin.request('POST', `/console/api/v1/helpline/users/${gone.id}/deactivate`)).status, 200);
  for (const token of [expired, 'no-such-token', fresh]) {
    const res = await browser(built.app).request('POST', '/console/api/password', {
      body: { token, password: PASSWORD },
    });
    assert.equal(res.status, 400, token);
    assert.equal(sessionSetCookie(res), undefined);
  }
});

test('invites: a member gets 403, a duplicate email 400, no session 401, no CSRF 403', async (t) => {
  const { built, browser: member } = await signedIn(t, { role: 'member' });
  const res = await member.request('POST', '/console/api/invites', { body: { email: 'x@example.com' } });
  assert.equal(res.status, 403);
  const { browser: admin } = await signedIn(t);
  const dup = await admin.request('POST', '/console/api/invites', { body: { email: 'admin@helpline.local' } });
  assert.equal(dup.status, 400);
  assert.ok(dup.body.exists_id);
  const bad = await admin.request('POST', '/console/api/invites', { body: { email: 'not-an-email' } });
  assert.equal(bad.status, 400);
  const role = await admin.request('POST', '/console/api/invites', { body: { email: 'r@example.com', role: 'king' } });
  assert.equal(role.status, 400);
  const noCsrf = await admin.request('POST', '/console/api/invites', { body: { email: 'y@example.com' }, csrf: null });
  assert.equal(noCsrf.status, 403);
  const anonymous = await browser(built.app).request('POST', '/console/api/invites', { body: { email: 'z@e.com' } });
  assert.equal(anonymous.status, 401);
});

test("setting a password from a link ends the user's other sessions", async (t) => {
  const { built, browser: first } = await signedIn(t);
  const db = built.app.helpline.store.db;
  const me = (await first.request('GET', '/console/api/session')).body.data.user;
  const token = await issuePasswordLink(db, (await findUserById(db, built.workspaceId, me.id))!, 'set_password');
  const second = browser(built.app);
  const set = await second.request('POST', '/console/api/password', {
    body: { token, password: 'a new password 456' },
  });
  assert.equal(set.status, 200);
  assert.equal((await first.request('GET', '/console/api/session')).status, 401);
  assert.equal((await second.request('GET', '/console/api/session')).status, 200);
});

test("the first admin's set-password link is given while they have no password, then no more", async (t) => {
  const { built } = await signedIn(t);
  const store = built.app.helpline.store;
  // The test workspace is the first; its admin (not the signed-in agent) has no password yet.
  const link = await firstAdminPasswordLink(store, 'https://help.example.com/');
  assert.match(link!, /^https:\/\/help\.example\.com\/set-password\?token=/);
  const again = await firstAdminPasswordLink(store, 'https://help.example.com');
  assert.notEqual(again, link, 'a fresh link each time');
  const b = browser(built.app);
  const set = await b.request('POST', '/console/api/password', { body: { token: tokenOf(link!), password: PASSWORD } });
  assert.equal(set.status, 200);
  assert.equal(set.body.data.user.id, built.userId);
  assert.equal(await firstAdminPasswordLink(store, 'https://help.example.com'), undefined);
});
