/**
 * Redaction on PostgreSQL under write load: a Helpline server on a fresh schema of a seeded workspace, 8 clients
 * posting notes as fast as they can, and redactions one after another meanwhile. Each redaction answers only after
 * the old text is pruned from the tables that held it, so its latency is the cost of that guarantee.
 *
 * BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test), BENCH_REDACT_MESSAGES (messages seeded,
 * default 100,000) and BENCH_REDACTIONS (default 100) change the run. `npm run bench` runs it after the SQLite cases.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { seed } from './seed.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MESSAGES = Number(process.env.BENCH_REDACT_MESSAGES ?? 100_000);
const REDACTIONS = Number(process.env.BENCH_REDACTIONS ?? 100);
const WRITERS = 8;
const TOKEN = 'benchmark-token-0123456789abcdef';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function startServer(databaseUrl: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MULTIPLIER: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${out}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { base, stop };
}

async function call(base: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status !== 200) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Markdown lines for bench/results/latest.md; a line saying why when PostgreSQL does not answer. */
export async function benchRedactOnPostgres(): Promise<string[]> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    return [`PostgreSQL redaction: skipped, PostgreSQL does not answer (${(error as Error).message}).`, ''];
  }
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  try {
    process.stderr.write(`Seeding PostgreSQL (${MESSAGES.toLocaleString('en')} messages) …\n`);
    const perIssue = 1_000;
    const seeded = await seed(url.toString(), TOKEN, {
      issues: Array.from({ length: Math.max(1, Math.floor(MESSAGES / perIssue)) }, () => perIssue),
    });
    await admin.query(`ANALYZE`);
    const server = await startServer(url.toString());
    try {
      const [target, busy] = seeded.issueIds;
      const page = await call(server.base, 'GET', `/issues/${target}/messages?limit=${REDACTIONS + 1}`);
      const ids: string[] = page.data.slice(1, REDACTIONS + 1).map((m: { id: string }) => m.id);
      let writing = true;
      let notes = 0;
      const writers = Array.from({ length: WRITERS }, async () => {
        while (writing) {
          await call(server.base, 'POST', `/issues/${busy}/note`, { body_html: '<p>Looking into it.</p>' });
          notes++;
        }
      });
      const started = Date.now();
      const latencies: number[] = [];
      for (const id of ids) {
        const t0 = performance.now();
        await call(server.base, 'POST', `/issues/${target}/messages/${id}/redact`);
        latencies.push(performance.now() - t0);
      }
      writing = false;
      await Promise.all(writers);
      const seconds = (Date.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const p50 = percentile(latencies, 50);
      const p99 = percentile(latencies, 99);
      const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 0 });
      return [
        '## PostgreSQL: redaction under write load',
        '',
        `${fmt(MESSAGES)} messages seeded (in ${fmt(seeded.seconds)} s), ${WRITERS} clients posting notes ` +
          `(${fmt(notes / seconds)} notes/s meanwhile), ${ids.length} redactions one after another.`,
        '',
        '| case | p50 ms | p99 ms | max ms | target |',
        '|---|---:|---:|---:|---|',
        `| POST …/messages/{id}/redact | ${fmt(p50)} | ${fmt(p99)} | ${fmt(latencies.at(-1) ?? 0)} | ` +
          `p99 < 200 ms: ${p99 < 200 ? 'met' : '**missed**'} |`,
        '',
      ];
    } finally {
      await server.stop();
    }
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${(await benchRedactOnPostgres()).join('\n')}\n`);
}
