import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from './helpers/build.js';
import { createIssue } from './helpers/factories.js';

test('a body-less POST is accepted with a JSON content type, a form content type, another type, or none', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  for (const headers of [
    {} as Record<string, string>,
    { 'content-type': 'application/json' },
    { 'content-type': 'application/x-www-form-urlencoded' },
    { 'content-type': 'text/plain' },
  ]) {
    const res = await api.request('POST', `/issues/${issue.id}/threads`, { headers, raw: '' });
    assert.equal(res.status, 200, `${JSON.stringify(headers)}: ${res.text}`);
  }
});

test('unknown fields and query parameters are ignored; null counts as omitted', async (t) => {
  const { api } = await build(t);
  const res = await api.post('/contacts?utm=1', {
    name: 'Ada',
    email: null,
    avatar_url: null,
    frobnicate: { deep: [1] },
  });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.email, undefined);
  assert.equal(res.body.data.frobnicate, undefined);
});

test('a form-encoded body is read like JSON', async (t) => {
  const { api } = await build(t);
  const res = await api.request('POST', '/contacts', {
    raw: 'name=Grace&email=grace%40example.com',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.email, 'grace@example.com');
});

test('malformed JSON → 400; a body of an unsupported type → 415; an oversized body → 413', async (t) => {
  const { api } = await build(t, { env: { BODY_LIMIT_BYTES: '2048' } });
  const bad = await api.request('POST', '/contacts', {
    raw: '{"name":',
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(bad.status, 400);
  const text = await api.request('POST', '/contacts', { raw: 'name=x', headers: { 'content-type': 'text/plain' } });
  assert.equal(text.status, 415);
  const big = await api.post('/contacts', { name: 'x'.repeat(5000) });
  assert.equal(big.status, 413);
  assert.match(big.body.errors[0], /too large/);
});

test('a field of the wrong type is a 400 that names it', async (t) => {
  const { api } = await build(t);
  const res = await api.post('/contacts', { name: 42 });
  assert.equal(res.status, 400);
  assert.deepEqual(res.body.errors, ['name must be string']);
  const missing = await api.post('/contacts', {});
  assert.deepEqual(missing.body.errors, ['name is required']);
});

test('an unknown route is a 404 in the error envelope', async (t) => {
  const { api } = await build(t);
  const res = await api.get('/no/such/thing');
  assert.equal(res.status, 404);
  assert.ok(res.body.request_id);
});

test('every response carries a request id, unique per request, in the body and the X-Request-Id header', async (t) => {
  const { api } = await build(t);
  const a = await api.get('/me');
  const b = await api.get('/me');
  assert.equal(a.body.request_id, a.headers['x-request-id']);
  assert.notEqual(a.body.request_id, b.body.request_id);
});

test(
  'found by fuzzing: deep nesting, NUL characters and over-long path parameters are 4xx in ' +
    'the envelope on every database',
  async (t) => {
    const { api } = await build(t);
    const deep = await api.request('POST', '/contacts', {
      raw: `${'['.repeat(5000)}${']'.repeat(5000)}`,
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(deep.status, 400);
    assert.match(deep.body.errors[0], /nested too deeply/);
    const deepObject = await api.request('POST', '/contacts', {
      raw: `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`,
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(deepObject.status, 400);
    assert.equal((await api.get('/accounts/%00')).status, 400);
    assert.equal((await api.get('/users?cursor=%00')).status, 400);
    assert.equal((await api.post('/contacts', { name: 'nul\u0000name' })).status, 400);
    assert.equal((await api.get(`/users/${'x'.repeat(600)}`)).status, 404);
    assert.equal((await api.get(`/accounts/${'x'.repeat(300)}`)).status, 404, 'long external ids are looked up');
  },
);
