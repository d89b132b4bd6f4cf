import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bucketOf } from '../../src/surfaces/api/rate-limit.js';
import { build } from '../helpers/build.js';
import { createIssue } from '../helpers/factories.js';

// GET /me and GET /issues/{id} allow 60 a minute in the contract: × 0.05 = 3.
const SMALL = { env: { RATE_LIMIT_MULTIPLIER: '0.05' } };

test('HEAD draws on the GET allowance: alternating them never admits more than the limit', async (t) => {
  const { app, token } = await build(t, SMALL);
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) {
    const method = i % 2 === 0 ? 'HEAD' : 'GET';
    const res = await app.inject({ method, url: '/me', headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.headers['x-rate-limit-limit'], '3');
    statuses.push(res.statusCode);
  }
  assert.deepEqual(statuses, [200, 200, 200, 429, 429, 429, 429, 429, 429, 429]);
});

test('every spelling of one operation shares its allowance; other spellings are not served', async (t) => {
  const { app, api, token } = await build(t, SMALL);
  const issue = await createIssue(api);
  const headers = { authorization: `Bearer ${token}` };
  const spellings = [
    ['HEAD', `/issues/${issue.id}`],
    ['GET', `/issues/${issue.number}`],
    ['HEAD', `/issues/${issue.number}?x=1`],
    ['GET', `/issues/${encodeURIComponent(issue.id).replace(/-/g, '%2D')}`],
    ['GET', `/%69ssues/${issue.id}`],
  ] as const;
  const results = await Promise.all(
    [...spellings, ...spellings].map(([method, url]) => app.inject({ method, url, headers })),
  );
  assert.equal(results.filter((r) => r.statusCode === 200).length, 3);
  assert.equal(results.filter((r) => r.statusCode === 429).length, 7);
  for (const url of [`/issues/${issue.id}/`, `/Issues/${issue.id}`, `//issues/${issue.id}`, `/ISSUES/${issue.id}`]) {
    for (const method of ['GET', 'HEAD', 'OPTIONS'] as const) {
      const res = await app.inject({ method, url, headers });
      assert.equal(res.statusCode, 404, `${method} ${url}: no route, so no handler and no allowance`);
    }
  }
});

test('the bucket names the workspace, the route template and the method, HEAD counting as GET', () => {
  assert.equal(bucketOf('w', 'HEAD', '/issues/:id'), bucketOf('w', 'GET', '/issues/:id'));
  assert.notEqual(bucketOf('w', 'PATCH', '/issues/:id'), bucketOf('w', 'GET', '/issues/:id'));
  assert.notEqual(bucketOf('w', 'GET', '/issues/:id'), bucketOf('v', 'GET', '/issues/:id'));
});
