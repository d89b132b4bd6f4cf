import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InMemoryRateLimiter } from '../src/core/rate-limit/in-memory.js';
import { build } from './helpers/build.js';
import { createIssue, firstMessageId } from './helpers/factories.js';

const figures = { env: { RATE_LIMIT_MULTIPLIER: '1' } };

test(
  'the 11th reply within a minute gets 429 with Retry-After; every limited response says ' + 'where it stands',
  async (t) => {
    const { api } = await build(t, figures);
    const issue = await createIssue(api);
    const messageId = await firstMessageId(api, issue.id);
    for (let i = 1; i <= 10; i++) {
      const res = await api.post(`/issues/${issue.id}/reply`, { body_html: `r${i}`, message_id: messageId });
      assert.equal(res.status, 200);
      assert.equal(res.headers['x-rate-limit-limit'], '10');
      assert.equal(res.headers['x-rate-limit-remaining'], String(10 - i));
      assert.ok(Number(res.headers['x-rate-limit-reset']) > 0);
    }
    const refused = await api.post(`/issues/${issue.id}/reply`, { body_html: 'r11', message_id: messageId });
    assert.equal(refused.status, 429);
    const retryAfter = Number(refused.headers['retry-after']);
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
    assert.equal(refused.headers['x-rate-limit-remaining'], '0');
    assert.match(refused.body.errors[0], /Rate limit/);
  },
);

test(
  'the figures come from the contract per endpoint, and the buckets are per workspace and ' + 'per endpoint',
  async (t) => {
    const { api, otherWorkspace } = await build(t, figures);
    const issue = await createIssue(api);
    const expected: [string, string, number][] = [
      ['GET', `/issues/${issue.id}/messages`, 20],
      ['GET', `/issues/${issue.id}/threads`, 20],
      ['GET', `/issues/${issue.id}`, 60],
      ['GET', '/me', 60],
      ['GET', '/audit-logs', 60],
      ['POST', `/issues/${issue.id}/messages/nope/redact`, 20],
      ['DELETE', `/issues/${issue.id}/messages/nope`, 10],
    ];
    for (const [method, url, limit] of expected) {
      const res = await api.request(method, url);
      assert.equal(res.headers['x-rate-limit-limit'], String(limit), `${method} ${url}`);
    }
    const other = await otherWorkspace();
    assert.equal((await other.api.get('/me')).headers['x-rate-limit-remaining'], '59');
  },
);

test('under 50 concurrent notes exactly 10 are accepted', async (t) => {
  const { api } = await build(t, figures);
  const issue = await createIssue(api);
  const results = await Promise.all(
    Array.from({ length: 50 }, (_, i) => api.post(`/issues/${issue.id}/note`, { body_html: `n${i}` })),
  );
  assert.equal(results.filter((r) => r.status === 200).length, 10);
  assert.equal(results.filter((r) => r.status === 429).length, 40);
  // The issue's own first message is an internal note too (no destination): count the others.
  const [, ...notes] = (await api.get(`/issues/${issue.id}/messages`)).body.data.filter(
    (m: { is_private: boolean }) => m.is_private,
  );
  assert.equal(notes.length, 10);
});

test('RATE_LIMIT_MULTIPLIER scales every figure', async (t) => {
  const { api } = await build(t, { env: { RATE_LIMIT_MULTIPLIER: '3' } });
  assert.equal((await api.get('/me')).headers['x-rate-limit-limit'], '180');
});

test('the in-memory limiter admits at most N in any sliding window', async () => {
  let now = 1_000_000;
  const limiter = new InMemoryRateLimiter(() => now);
  const take = () => limiter.take('b', 3, 60_000);
  for (let i = 0; i < 3; i++) {
    assert.equal((await take()).allowed, true);
    now += 10_000;
  }
  const refused = await take();
  assert.equal(refused.allowed, false);
  assert.equal(refused.retryAfterMs, 30_000, 'the first request leaves the window 60 s after it was made');
  now += 29_999;
  assert.equal((await take()).allowed, false);
  now += 1;
  assert.equal((await take()).allowed, true);
  assert.equal((await take()).allowed, false);
  await limiter.close();
});
