/**
 * PostgreSQL rows of `npm run bench`: a freshly seeded schema (no ANALYZE, as a fresh import would be), Helpline on
 * it, and the list and note cases with the CPU of Helpline and of PostgreSQL's processes per request.
 *
 * BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test) and BENCH_POSTGRES_MESSAGES (default 200,000)
 * change the run.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runCases, type Case, type Row } from './compare.js';
import { startHelpline, stop, TOKEN } from './processes.js';
import { seed } from './seed.js';

export const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MESSAGES = Number(process.env.BENCH_POSTGRES_MESSAGES ?? 200_000);

/** Runs `work` on a fresh schema of the benchmark database, dropped afterwards; undefined when PostgreSQL is down. */
export async function withPostgresSchema<T>(work: (url: string) => Promise<T>): Promise<T | string> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    return `skipped, PostgreSQL does not answer (${(error as Error).message})`;
  }
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

export async function benchPostgres(options: { connections: number; requests: number }): Promise<Row[] | string> {
  return withPostgresSchema(async (url) => {
    process.stderr.write(`Seeding PostgreSQL (${MESSAGES.toLocaleString('en')} messages) …\n`);
    const others = Math.max(0, Math.floor((MESSAGES - 10_000) / 1_000));
    const seeded = await seed(url, TOKEN, { issues: [10_000, ...Array.from({ length: others }, () => 1_000)] });
    const [issue10k, other] = seeded.issueIds;
    const server = await startHelpline(url);
    try {
      const cases: Case[] = [
        {
          name: 'GET messages?limit=50 (issue of 10,000)',
          method: 'GET',
          path: `/issues/${issue10k}/messages?limit=50`,
          compare: true,
        },
        {
          name: 'GET messages?limit=50, If-None-Match (304)',
          method: 'GET',
          path: `/issues/${issue10k}/messages?limit=50`,
          conditional: true,
        },
        {
          name: 'POST note (notes on one issue)',
          method: 'POST',
          path: `/issues/${other}/note`,
          body: JSON.stringify({ body_html: '<p>Checked the logs, looking into it.</p>' }),
          compare: true,
        },
      ];
      const rows = await runCases(
        { label: 'PostgreSQL', base: server.match[1]!, server, postgres: true, ...options },
        cases,
      );
      await stop(server.child);
      // The same list with every request reading its page from the database.
      const reading = await startHelpline(url, { RESPONSE_CACHE_MB: '0' });
      try {
        const run = { label: 'PostgreSQL', base: reading.match[1]!, server: reading, postgres: true, ...options };
        rows.splice(1, 0, ...(await runCases(run, [{ ...cases[0]!, name: `${cases[0]!.name}, no response cache` }])));
      } finally {
        await stop(reading.child);
      }
      return rows;
    } finally {
      await stop(server.child);
    }
  });
}
