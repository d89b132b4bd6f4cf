import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshPostgresUrl, TEST_DIALECT } from './helpers/database.js';
import { startServer, type ServerProcess } from './helpers/process.js';
import { redisForTest } from './helpers/redis.js';

/**
 * Two Helpline processes on one PostgreSQL schema and one Redis, driven concurrently. Runs in the PostgreSQL pass
 * of the matrix (several instances on one SQLite file is not a supported deployment).
 */
test(
  'two instances on PostgreSQL + Redis behave as one server',
  { skip: TEST_DIALECT !== 'postgres' && 'runs in the PostgreSQL pass' },
  async (t) => {
    const redis = await redisForTest(t);
    if (!redis) return;
    const { url } = await freshPostgresUrl(t);
    const token = 'scale-test-token-0123456789abcdef';
    const env = {
      DATABASE_URL: url,
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: redis.prefix,
      BOOTSTRAP_API_TOKEN: token,
      RATE_LIMIT_MULTIPLIER: '5',
    };
    // Started at once: migrations and the first workspace are serialized between them.
    const [a, b] = (await Promise.all([startServer(t, env), startServer(t, env)])) as [ServerProcess, ServerProcess];
    const instances = [a, b];
    const call = async (
      server: ServerProcess,
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await fetch(server.baseUrl + path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const on = (i: number) => instances[i % 2]!;

    // Issue numbers stay unique under concurrent creation through both.
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call(on(i), 'POST', '/issues', { title: `t${i}`, body_html: 'b', requester_email: `c${i}@example.com` }),
      ),
    );
    assert.ok(
      created.every((r) => r.status === 200),
      JSON.stringify(created.map((r) => r.body)),
    );
    assert.deepEqual(
      created.map((r) => r.body.data.number).sort((x, y) => x - y),
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    const issue = created[0]!.body.data;

    // A message written through one instance is listed by the other.
    const note = await call(a, 'POST', `/issues/${issue.id}/note`, { body_html: 'via A' });
    const listedOnB = await call(b, 'GET', `/issues/${issue.id}/messages`);
    assert.ok(listedOnB.body.data.some((m: { id: string }) => m.id === note.body.data.id));

    // An Idempotency-Key retried on the other instance (and raced on both) still creates one message.
    const firstMessage = listedOnB.body.data[0].id;
    const replyBody = { body_html: 'exactly once', message_id: firstMessage };
    const first = await call(a, 'POST', `/issues/${issue.id}/reply`, replyBody, {
      'idempotency-key': 'cross-instance',
    });
    const retried = await call(b, 'POST', `/issues/${issue.id}/reply`, replyBody, {
      'idempotency-key': 'cross-instance',
    });
    assert.equal(retried.body.data.id, first.body.data.id);
    const raced = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(on(i), 'POST', `/issues/${issue.id}/reply`, replyBody, { 'idempotency-key': 'raced' }),
      ),
    );
    assert.equal(new Set(raced.map((r) => r.body.data.id)).size, 1);
    const replies = (await call(a, 'GET', `/issues/${issue.id}/messages`)).body.data.filter(
      (m: { message_html: string }) => m.message_html === 'exactly once',
    );
    assert.equal(replies.length, 2, 'one per key');

    // Paging across both instances while notes arrive neither skips nor repeats.
    for (let i = 0; i < 20; i++) await call(on(i), 'POST', `/issues/${issue.id}/note`, { body_html: `n${i}` });
    const seen: string[] = [];
    let cursor = '';
    let page = 0;
    do {
      const res = await call(
        on(page),
        'GET',
        `/issues/${issue.id}/messages?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.data.map((m: { id: string }) => m.id));
      if (page === 1) await call(on(page + 1), 'POST', `/issues/${issue.id}/note`, { body_html: 'late' });
      cursor = res.body.pagination.has_next_page ? res.body.pagination.cursor : '';
      page++;
    } while (cursor);
    const all = (await call(b, 'GET', `/issues/${issue.id}/messages`)).body.data.map((m: { id: string }) => m.id);
    assert.deepEqual(seen, all);

    // One rate limit shared exactly: GET threads is 20/min × 5 = 100 in total across both.
    const burst = await Promise.all(
      Array.from({ length: 150 }, (_, i) => call(on(i), 'GET', `/issues/${issue.id}/threads`)),
    );
    assert.equal(burst.filter((r) => r.status === 200).length, 100);
    assert.equal(burst.filter((r) => r.status === 429).length, 50);
  },
);
