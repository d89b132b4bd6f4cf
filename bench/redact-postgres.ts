/**
 * Redaction on PostgreSQL under write load: a Helpline server on a fresh schema of a seeded workspace, 8 clients
 * posting notes as fast as they can, and redactions one after another meanwhile. Each redaction answers only after
 * the old text is pruned from the tables that held it, so its latency is the cost of that guarantee.
 *
 * BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test), BENCH_REDACT_MESSAGES (messages seeded,
 * default 100,000) and BENCH_REDACTIONS (default 100) change the run. `npm run bench` runs it after the SQLite cases.
 */
import { fileURLToPath } from 'node:url';
import { withPostgresSchema } from './postgres.js';
import { startHelpline, stop, TOKEN } from './processes.js';
import { seed } from './seed.js';

const MESSAGES = Number(process.env.BENCH_REDACT_MESSAGES ?? 100_000);
const REDACTIONS = Number(process.env.BENCH_REDACTIONS ?? 100);
const WRITERS = 8;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

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
  const lines = await withPostgresSchema(async (url) => {
    process.stderr.write(`Seeding PostgreSQL (${MESSAGES.toLocaleString('en')} messages) …\n`);
    const perIssue = 1_000;
    const seeded = await seed(url, TOKEN, {
      issues: Array.from({ length: Math.max(1, Math.floor(MESSAGES / perIssue)) }, () => perIssue),
    });
    const server = await startHelpline(url);
    const base = server.match[1]!;
    try {
      const [target, busy] = seeded.issueIds;
      const page = await call(base, 'GET', `/issues/${target}/messages?limit=${REDACTIONS + 1}`);
      const ids: string[] = page.data.slice(1, REDACTIONS + 1).map((m: { id: string }) => m.id);
      let writing = true;
      let notes = 0;
      const writers = Array.from({ length: WRITERS }, async () => {
        while (writing) {
          await call(base, 'POST', `/issues/${busy}/note`, { body_html: '<p>Looking into it.</p>' });
          notes++;
        }
      });
      const started = Date.now();
      const latencies: number[] = [];
      for (const id of ids) {
        const t0 = performance.now();
        await call(base, 'POST', `/issues/${target}/messages/${id}/redact`);
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
      await stop(server.child);
    }
  });
  return typeof lines === 'string' ? [`PostgreSQL redaction: ${lines}.`, ''] : lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${(await benchRedactOnPostgres()).join('\n')}\n`);
}
