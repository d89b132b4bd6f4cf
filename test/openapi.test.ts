import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { loadApiRoutes } from '../src/surfaces/api/routes.js';
import { build } from './helpers/build.js';
import { SPEC_DIR } from './helpers/contract-validator.js';

const ROUTES = await loadApiRoutes();

test('GET /openapi.json is a valid OpenAPI 3 document describing every served endpoint, without auth', async (t) => {
  const { api } = await build(t);
  const res = await api.get('/openapi.json', { token: null });
  assert.equal(res.status, 200);
  const result = await new Validator().validate(res.body);
  assert.equal(result.valid, true, JSON.stringify(result.errors)?.slice(0, 1000));
  for (const route of ROUTES) {
    const path = route.url.replace(/:([a-z_]+)/g, '{$1}');
    assert.ok(res.body.paths[path]?.[(route.method as string).toLowerCase()], `${route.method} ${path} is described`);
  }
  const note = res.body.paths['/issues/{id}/note'].post;
  assert.equal(note.operationId, 'CreateIssueNote');
  assert.match(note.description, /Rate limit/);
  assert.ok(res.body.components.schemas.Message, 'the seed shapes are components');
});

test('/docs serves the interactive reference without auth', async (t) => {
  const { app } = await build(t);
  const res = await app.inject({ method: 'GET', url: '/docs/' });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /swagger/i);
});

test('the contract shipped in contract/ is the specification, byte for byte', () => {
  for (const file of ['messages-api.openapi.json', 'pylon-openapi.json']) {
    const shipped = readFileSync(new URL(`../contract/${file}`, import.meta.url));
    assert.ok(shipped.equals(readFileSync(SPEC_DIR + file)), `${file} differs from ${SPEC_DIR}`);
  }
});
