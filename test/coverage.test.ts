import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { contractOperations } from '../src/core/contract/spec.js';
import { coverageTable, withCoverageTable } from '../src/surfaces/api/coverage.js';
import { unservedOperations } from '../src/surfaces/api/not-implemented.js';
import { loadApiRoutes } from '../src/surfaces/api/routes.js';
import { build } from './helpers/build.js';

const ROUTES = (await loadApiRoutes()).filter((route) => !route.testControl);

test("the README's coverage table is the one the contract and the served routes give", () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  assert.equal(readme, withCoverageTable(readme, coverageTable(ROUTES)), 'run `npm run coverage:readme`');
});

test('every operation of the contract is served or answers 501 naming it, never a bare 404', async (t) => {
  const { api } = await build(t);
  const unserved = unservedOperations(ROUTES);
  assert.ok(contractOperations().length >= 136);
  for (const op of unserved) {
    const url = op.path.replace(/\{[a-z_]+\}/g, 'x1');
    const res = await api.request(op.method, url, op.method === 'GET' || op.method === 'DELETE' ? {} : { body: {} });
    assert.equal(res.status, 501, `${op.method} ${url}`);
    assert.deepEqual(res.body.errors, [`${op.operationId} (${op.method} ${op.path}) is not implemented by Helpline`]);
    assert.ok(res.body.request_id);
  }
});

test('an operation no route serves is found as unserved, by method and path', () => {
  const operations = contractOperations().map((op) => `${op.method} ${op.path}`);
  const named = (route: (typeof ROUTES)[number]) => `${route.method} ${route.url.replace(/:([a-z_]+)/g, '{$1}')}`;
  const left = ROUTES.find((route) => operations.includes(named(route)))!;
  const unserved = unservedOperations(ROUTES.filter((route) => route !== left)).map((op) => `${op.method} ${op.path}`);
  assert.deepEqual(unserved, [named(left)]);
  assert.deepEqual(unservedOperations(ROUTES), [], 'every operation of the contract is served');
});

test('an unimplemented operation still needs a token: none → 401', async (t) => {
  const { api } = await build(t);
  const [op] = unservedOperations(ROUTES);
  if (!op) return t.skip('every operation is served');
  const res = await api.request(op.method, op.path.replace(/\{[a-z_]+\}/g, 'x1'), { token: null });
  assert.equal(res.status, 401);
});

test('a path outside the contract is still a 404 in the error envelope', async (t) => {
  const { api } = await build(t);
  const res = await api.get('/no-such-resource');
  assert.equal(res.status, 404);
  assert.ok(Array.isArray(res.body.errors));
});
