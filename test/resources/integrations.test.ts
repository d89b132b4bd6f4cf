import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';

test('POST /integrations/devin/disconnect: no Helpline token is a Devin app token → 403 in Pylon words', async (t) => {
  const built = await build(t);
  const member = await built.member();
  for (const api of [built.api, member.api]) {
    const res = await api.post('/integrations/devin/disconnect');
    assert.equal(res.status, 403, res.text);
    assert.deepEqual(res.body.errors, ['Only callable with an OAuth token issued to the Devin app.']);
    assert.equal(typeof res.body.request_id, 'string');
  }
  assert.equal((await built.api.post('/integrations/devin/disconnect', { anything: true })).status, 403);
  assert.equal((await built.api.post('/integrations/devin/disconnect', undefined, { token: null })).status, 401);
});

test('the served contract documents the 403 of POST /integrations/devin/disconnect', async (t) => {
  const { app } = await build(t);
  const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  const responses = doc.paths['/integrations/devin/disconnect'].post.responses;
  assert.ok(responses['403'], JSON.stringify(Object.keys(responses)));
});
