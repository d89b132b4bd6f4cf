import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadApiRoutes } from '../src/surfaces/api/routes.js';
import { build } from './helpers/build.js';

const ROUTES = (await loadApiRoutes()).filter((r) => !r.testControl);

const protectedRoutes = ROUTES.filter((r) => r.auth !== false);
const concrete = (url: string) => url.replace(/:[a-z_]+/g, '01a20f73-0000-7000-8000-000000000000');

test('every API route refuses a request without a token with 401 in the error envelope', async (t) => {
  const { api } = await build(t);
  for (const route of protectedRoutes) {
    const res = await api.request(route.method as string, concrete(route.url), { token: null });
    assert.equal(res.status, 401, `${route.method} ${route.url}`);
    assert.match(res.body.errors[0], /Authorization/);
  }
});

test('every API route refuses an unknown token and a malformed Authorization header with 401', async (t) => {
  const { api, token } = await build(t);
  for (const route of protectedRoutes) {
    const unknown = await api.request(route.method as string, concrete(route.url), { token: `${token}x` });
    assert.equal(unknown.status, 401, `${route.method} ${route.url}`);
    assert.deepEqual(unknown.body.errors, ['Invalid API token']);
    const basic = await api.request(route.method as string, concrete(route.url), {
      token: null,
      headers: { authorization: `Basic ${token}` },
    });
    assert.equal(basic.status, 401, `${route.method} ${route.url}`);
  }
});

test('the bearer scheme is case-insensitive', async (t) => {
  const { api, token } = await build(t);
  const res = await api.get('/me', { token: null, headers: { authorization: `bearer ${token}` } });
  assert.equal(res.status, 200);
});

test('health checks need no token', async (t) => {
  const { api } = await build(t);
  assert.equal((await api.get('/healthz', { token: null })).status, 200);
  const ready = await api.get('/readyz', { token: null });
  assert.equal(ready.status, 200);
  assert.equal(ready.body.checks.database, 'ok');
});
