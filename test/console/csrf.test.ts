import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIssue, firstMessageId } from '../helpers/factories.js';
import { browser, signedIn } from './console-client.js';

test('an unsafe method needs the session CSRF token: missing or wrong → 403; GET needs none', async (t) => {
  const { built, browser: b } = await signedIn(t, { role: 'member' });
  const issue = await createIssue(built.api);
  const reply = { body_html: '<p>On it.</p>', message_id: await firstMessageId(built.api, issue.id) };
  for (const csrf of [null, 'wrong-token', `${b.csrf()!}x`]) {
    const res = await b.request('POST', `/console/api/v1/issues/${issue.id}/reply`, { body: reply, csrf });
    assert.equal(res.status, 403, String(csrf));
    assert.match(res.body.errors[0], /X-CSRF-Token/);
  }
  for (const [method, url] of [
    ['PATCH', `/console/api/v1/issues/${issue.id}`],
    ['DELETE', '/console/api/session'],
  ] as const) {
    const res = await b.request(method, url, { body: method === 'PATCH' ? { title: 'x' } : undefined, csrf: null });
    assert.equal(res.status, 403, `${method} ${url}`);
  }
  assert.equal((await built.api.get(`/issues/${issue.id}/messages`)).body.data.length, 1, 'nothing was posted');

  const read = await b.request('GET', `/console/api/v1/issues/${issue.id}`, { csrf: null });
  assert.equal(read.status, 200);
  assert.equal(read.body.data.id, issue.id);
  assert.equal((await b.request('GET', '/console/api/session', { csrf: null })).status, 200);

  const posted = await b.request('POST', `/console/api/v1/issues/${issue.id}/reply`, { body: reply });
  assert.equal(posted.status, 200, JSON.stringify(posted.body));
  const me = (await b.request('GET', '/console/api/session')).body.data.user;
  const messages = (await built.api.get(`/issues/${issue.id}/messages`)).body.data;
  const stored = messages.find((m: { id: string }) => m.id === posted.body.data.id);
  assert.equal(stored.author.user.id, me.id, "the reply is the signed-in user's");
});

test("another session's CSRF token does not do", async (t) => {
  const { built, browser: b } = await signedIn(t);
  const { browser: other } = await signedIn(t);
  const issue = await createIssue(built.api);
  const res = await b.request('POST', `/console/api/v1/issues/${issue.id}/note`, {
    body: { body_html: 'n' },
    csrf: other.csrf()!,
  });
  assert.equal(res.status, 403);
});

test('no session: 401 before any CSRF check; a bearer token does not sign in to the console', async (t) => {
  const { built } = await signedIn(t);
  const anonymous = browser(built.app);
  assert.equal((await anonymous.request('POST', '/console/api/v1/issues', { body: {} })).status, 401);
  const bearer = { authorization: `Bearer ${built.token}` };
  for (const [method, url] of [
    ['GET', '/console/api/v1/me'],
    ['GET', '/console/api/v1/issues/x1'],
    ['GET', '/console/api/session'],
    ['POST', '/console/api/invites'],
  ] as const) {
    const res = await anonymous.request(method, url, { headers: bearer, body: method === 'POST' ? {} : undefined });
    assert.equal(res.status, 401, `${method} ${url}`);
  }
});

test('the session cookie does not work on the public API', async (t) => {
  const { built, browser: b } = await signedIn(t);
  const res = await built.app.inject({
    method: 'GET',
    url: '/me',
    headers: { cookie: `helpline_session=${b.cookie()}`, 'x-csrf-token': b.csrf()! },
  });
  assert.equal(res.statusCode, 401);
  assert.ok(Array.isArray(res.json().errors));
});

test("a session of workspace A sees nothing of workspace B: B's issue is a 404", async (t) => {
  const { built, browser: b } = await signedIn(t);
  const other = await built.otherWorkspace();
  const theirs = await createIssue(other.api);
  for (const key of [theirs.id, String(theirs.number)]) {
    const res = await b.request('GET', `/console/api/v1/issues/${key}`);
    assert.equal(res.status, 404, key);
  }
  const messageId = await firstMessageId(other.api, theirs.id);
  const reply = await b.request('POST', `/console/api/v1/issues/${theirs.id}/reply`, {
    body: { body_html: 'x', message_id: messageId },
  });
  assert.equal(reply.status, 404);
  const ours = await createIssue(built.api);
  assert.equal((await b.request('GET', `/console/api/v1/issues/${ours.id}`)).status, 200);
});

test('a member gets 403 on admin-only operations through the console, as with a member token', async (t) => {
  const { built, browser: b } = await signedIn(t, { role: 'member' });
  const issue = await createIssue(built.api);
  const res = await b.request('DELETE', `/console/api/v1/issues/${issue.id}`);
  assert.equal(res.status, 403);
  assert.equal((await b.request('GET', '/console/api/v1/audit-logs')).status, 403);
});

test('console calls draw on the same per-workspace allowance as the API, with its headers', async (t) => {
  const { built, browser: b } = await signedIn(t, { build: { env: { RATE_LIMIT_MULTIPLIER: '0.01' } } });
  const first = await b.request('GET', '/console/api/v1/me');
  assert.equal(first.status, 200);
  const limit = Number(first.headers['x-rate-limit-limit']);
  assert.ok(limit >= 1);
  let viaApi = await built.api.get('/me');
  for (let i = 0; viaApi.status !== 429 && i < 100; i++) viaApi = await built.api.get('/me');
  assert.equal(viaApi.status, 429);
  const refused = await b.request('GET', '/console/api/v1/me');
  assert.equal(refused.status, 429, 'the API calls used up the same allowance');
  assert.ok(Number(refused.headers['retry-after']) > 0);
});

test('the console copies of the API are not in the served OpenAPI document', async (t) => {
  const { built } = await signedIn(t);
  const document = (await built.app.inject({ method: 'GET', url: '/openapi.json' })).json();
  const paths = Object.keys(document.paths);
  assert.ok(paths.includes('/issues'));
  assert.deepEqual(
    paths.filter((path) => path.startsWith('/console')),
    [],
  );
});
