import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../src/core/errors.js';
import { RedisRateLimiter } from '../src/core/rate-limit/redis.js';
import { build } from './helpers/build.js';
import { createIssue } from './helpers/factories.js';
import { redisForTest } from './helpers/redis.js';

const quiet = () => undefined;

test('Redis limiter: two clients racing 50 requests admit exactly N between them', async (t) => {
  const redis = await redisForTest(t);
  if (!redis) return;
  const a = await RedisRateLimiter.connect(redis.url, redis.prefix, quiet);
  const b = await RedisRateLimiter.connect(redis.url, redis.prefix, quiet);
  t.after(() => Promise.all([a.close(), b.close()]));
  const decisions = await Promise.all(
    Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).take('ws:route', 10, 60_000)),
  );
  assert.equal(decisions.filter((d) => d.allowed).length, 10);
  const refused = decisions.find((d) => !d.allowed)!;
  assert.equal(refused.remaining, 0);
  assert.ok(refused.retryAfterMs > 59_000 && refused.retryAfterMs <= 60_000, String(refused.retryAfterMs));
});

test('Redis limiter: a sliding window — room again only once the oldest admission has left it', async (t) => {
  const redis = await redisForTest(t);
  if (!redis) return;
  const limiter = await RedisRateLimiter.connect(redis.url, redis.prefix, quiet);
  t.after(() => limiter.close());
  const take = () => limiter.take('slide', 2, 600);
  assert.equal((await take()).allowed, true);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal((await take()).allowed, true);
  const refused = await take();
  assert.equal(refused.allowed, false);
  assert.ok(refused.retryAfterMs <= 300, String(refused.retryAfterMs));
  await new Promise((r) => setTimeout(r, refused.retryAfterMs + 20));
  assert.equal((await take()).allowed, true, 'the first admission left the window');
  assert.equal((await take()).allowed, false, 'the second is still in it');
});

test('an app on Redis shares its limit across app instances, and reports Redis in /readyz', async (t) => {
  const redis = await redisForTest(t);
  if (!redis) return;
  const env = { RATE_LIMIT_MULTIPLIER: '1', REDIS_URL: redis.url, REDIS_KEY_PREFIX: redis.prefix };
  const { api } = await build(t, { env });
  const issue = await createIssue(api);
  const ready = await api.get('/readyz', { token: null });
  assert.deepEqual(ready.body.checks, { database: 'ok', redis: 'ok' });
  const results = await Promise.all(Array.from({ length: 30 }, () => api.get(`/issues/${issue.id}/threads`)));
  assert.equal(results.filter((r) => r.status === 200).length, 20);
  assert.equal(results.filter((r) => r.status === 429).length, 10);
});

test('Redis down: requests get a clear 503 in the error envelope quickly, and /readyz says so', async (t) => {
  const { api } = await build(t, { env: { REDIS_URL: 'redis://127.0.0.1:1' } });
  const started = Date.now();
  const res = await api.get('/me');
  assert.equal(res.status, 503);
  assert.match(res.body.errors[0], /Redis/);
  assert.ok(Date.now() - started < 3_000, 'no hang');
  const ready = await api.get('/readyz', { token: null });
  assert.equal(ready.status, 503);
  assert.deepEqual(ready.body.checks, { database: 'ok', redis: 'down' });
  assert.equal((await api.get('/healthz', { token: null })).status, 200, 'alive all the same');
});

test('RedisRateLimiter.take throws the unavailable AppError when Redis is gone', async () => {
  const limiter = await RedisRateLimiter.connect('redis://127.0.0.1:1', 'x:', quiet, 200);
  await assert.rejects(
    limiter.take('b', 1, 1000),
    (error: unknown) => error instanceof AppError && error.code === 'unavailable',
  );
  await limiter.close();
});
