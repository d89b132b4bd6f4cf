import { randomBytes } from 'node:crypto';
import type { TestContext } from 'node:test';
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let reachable: Promise<true | string> | undefined;
function redisAnswers(): Promise<true | string> {
  reachable ??= (async () => {
    const redis = new Redis(TEST_REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      retryStrategy: () => null,
    });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      await redis.ping();
      return true as const;
    } catch (error) {
      return (error as Error).message;
    } finally {
      redis.disconnect();
    }
  })();
  return reachable;
}

/**
 * A key prefix of this test's own on the test Redis. Without Redis the test fails under CI=true, and is skipped
 * elsewhere with one line saying why.
 */
export async function redisForTest(t: TestContext): Promise<{ url: string; prefix: string } | undefined> {
  const answer = await redisAnswers();
  if (answer !== true) {
    const why = `Redis at ${TEST_REDIS_URL} does not answer (${answer})`;
    if (process.env.CI === 'true') throw new Error(`${why}; CI needs it`);
    t.skip(why);
    return undefined;
  }
  return { url: TEST_REDIS_URL, prefix: `helpline-test:${randomBytes(6).toString('hex')}:` };
}
