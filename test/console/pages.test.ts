import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { CONSOLE_BUILD_DIR } from '../../src/surfaces/console/pages.js';
import { build } from '../helpers/build.js';
import { createIssue } from '../helpers/factories.js';

const NAVIGATION = { 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate', accept: 'text/html,*/*;q=0.8' };
const built = existsSync(`${CONSOLE_BUILD_DIR}index.html`);
const skip = !built && 'the console is not built (npm run build)';

test('the console is served at / and its own pages, with a CSP and no caching of the page', { skip }, async (t) => {
  const { app } = await build(t);
  for (const url of ['/', '/sign-in', '/set-password?token=x', '/inbox/mine', '/settings/users']) {
    const res = await app.inject({ method: 'GET', url });
    assert.equal(res.statusCode, 200, url);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /<div id="root">/);
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(res.headers['cache-control'], 'no-cache');
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
    assert.equal(res.headers['x-frame-options'], 'DENY');
  }
});

test('its assets are served with their hashed names, kept for a year', { skip }, async (t) => {
  const { app } = await build(t);
  const script = readdirSync(`${CONSOLE_BUILD_DIR}assets`).find((f) => f.endsWith('.js'))!;
  const res = await app.inject({ method: 'GET', url: `/assets/${script}` });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /javascript/);
  assert.match(String(res.headers['cache-control']), /max-age=31536000.*immutable/);
  const index = await app.inject({ method: 'GET', url: '/' });
  assert.ok(index.body.includes(`/assets/${script}`), 'the page loads the built script');
  assert.equal((await app.inject({ method: 'GET', url: '/assets/nothing.js' })).statusCode, 404);
});

test("a browser following an issue's link gets the console; a program gets the API", { skip }, async (t) => {
  const { app, api, token } = await build(t);
  const issue = await createIssue(api);
  const link = new URL(issue.link as string);
  for (const url of [link.pathname, '/contacts', '/accounts/abc']) {
    const page = await app.inject({ method: 'GET', url, headers: NAVIGATION });
    assert.equal(page.statusCode, 200, url);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(String(page.headers.vary), /Sec-Fetch-Dest/);
  }
  // Older browsers send no Sec-Fetch-Dest: asking for HTML first is a navigation too.
  const old = await app.inject({ method: 'GET', url: link.pathname, headers: { accept: 'text/html' } });
  assert.match(String(old.headers['content-type']), /^text\/html/);
  // A program: JSON, with its token or without (then 401 in the envelope).
  const withToken = await app.inject({
    method: 'GET',
    url: link.pathname,
    headers: { ...NAVIGATION, authorization: `Bearer ${token}` },
  });
  assert.equal(withToken.statusCode, 200);
  assert.equal(withToken.json().data.id, issue.id);
  const fetchCall = await app.inject({ method: 'GET', url: link.pathname, headers: { 'sec-fetch-dest': 'empty' } });
  assert.equal(fetchCall.statusCode, 401);
  assert.ok(Array.isArray(fetchCall.json().errors));
  const plain = await app.inject({ method: 'GET', url: link.pathname });
  assert.equal(plain.statusCode, 401);
  // Writes are never pages.
  const post = await app.inject({ method: 'POST', url: '/issues', headers: NAVIGATION, payload: {} });
  assert.equal(post.statusCode, 401);
});
