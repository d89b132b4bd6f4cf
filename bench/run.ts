/**
 * `npm run bench`: Helpline against the ceiling (bare Fastify answering Helpline's bytes from memory) and against
 * Prism (the stateless mock of the Messages contract), case by case in one run, with the server CPU time per request
 * (user + system of the serving processes, divided by requests answered), requests/s, latency and peak RSS. SQLite on
 * a small (10^3 messages) and a large (10^7) workspace, then PostgreSQL (Helpline's CPU plus the database's), then
 * redaction on PostgreSQL under write load. Writes bench/results/latest.md and prints it.
 *
 * BENCH_REQUESTS (per case, default 20,000), BENCH_CONNECTIONS (default 64; PostgreSQL runs at half), BENCH_LARGE
 * (messages in the large workspace, default 10,000,000) change the run; see also bench/postgres.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { runCases, type Case, type Row } from './compare.js';
import { benchPostgres } from './postgres.js';
import { ensurePrism, startPrism } from './prism.js';
import { ROOT, startHelpline, stop, TOKEN } from './processes.js';
import { benchRedactOnPostgres } from './redact-postgres.js';
import { report } from './report.js';
import { seed } from './seed.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const LARGE = Number(process.env.BENCH_LARGE ?? 10_000_000);
const PRISM_PORT = 4010;

const listOf = (issue: string, size: string): Case => ({
  name: `GET messages?limit=50 (issue of ${size})`,
  method: 'GET',
  path: `/issues/${issue}/messages?limit=50`,
  compare: true,
});

/** Without the response cache, every list request reads its page from the database. */
const UNCACHED = { RESPONSE_CACHE_MB: '0' };
const uncached = (c: Case): Case => ({ ...c, name: `${c.name}, no response cache` });

async function sqliteRows(
  label: string,
  databaseUrl: string,
  cases: Case[],
  prism?: { base: string; pid: number },
  env: Record<string, string> = {},
): Promise<Row[]> {
  const server = await startHelpline(databaseUrl, env);
  try {
    const run = { label, base: server.match[1]!, server, connections: CONNECTIONS, requests: REQUESTS };
    return await runCases({ ...run, prismBase: prism?.base, prismPid: prism?.pid }, cases);
  } finally {
    await stop(server.child);
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'helpline-bench-'));
  const prismProblem = ensurePrism();
  const prism = prismProblem ? undefined : await startPrism(PRISM_PORT);
  try {
    process.stderr.write(`Seeding the small workspace (10^3 messages) …\n`);
    const small = `sqlite:${join(dir, 'small/helpline.db')}`;
    const smallSeed = await seed(small, TOKEN, { issues: [1_000] });
    process.stderr.write(`Seeding the large workspace (${LARGE.toLocaleString('en')} messages) …\n`);
    const large = `sqlite:${join(dir, 'large/helpline.db')}`;
    const others = Math.max(0, Math.floor((LARGE - 11_000) / 1_000));
    const largeSeed = await seed(large, TOKEN, {
      issues: [1_000, 10_000, ...Array.from({ length: others }, () => 1_000)],
    });
    const [issueSmall] = smallSeed.issueIds;
    const [issueLarge, issue10k] = largeSeed.issueIds;
    const prismParty = prism && { base: prism.base, pid: prism.child.pid! };
    const largeLabel = `10^${Math.round(Math.log10(LARGE))}`;
    const rowsSmall = [
      ...(await sqliteRows('10^3', small, [listOf(issueSmall!, '1,000')])),
      ...(await sqliteRows('10^3', small, [uncached(listOf(issueSmall!, '1,000'))], undefined, UNCACHED)),
    ];
    const rowsLarge: Row[] = await sqliteRows(
      largeLabel,
      large,
      [
        listOf(issueLarge!, '1,000'),
        listOf(issue10k!, '10,000'),
        { ...listOf(issue10k!, '10,000'), name: 'GET messages?limit=50, If-None-Match (304)', conditional: true },
        {
          name: 'POST note',
          method: 'POST',
          path: `/issues/${issue10k}/note`,
          body: JSON.stringify({ body_html: '<p>Checked the logs, looking into it.</p>' }),
          compare: true,
        },
        {
          name: 'POST reply',
          method: 'POST',
          path: `/issues/${issue10k}/reply`,
          body: JSON.stringify({ body_html: '<p>Thanks, we are on it.</p>', message_id: largeSeed.firstMessageIds[1] }),
          compare: true,
        },
        {
          name: 'POST issues/search search_text (full-text, 2 words)',
          method: 'POST',
          path: '/issues/search',
          body: JSON.stringify({ search_text: `reply ${Math.floor(LARGE * 0.654321)}`, limit: 20 }),
          connections: 1,
          requests: 200,
        },
        {
          name: 'POST issues/search filter state + tags',
          method: 'POST',
          path: '/issues/search',
          body: JSON.stringify({
            filter: {
              operator: 'and',
              subfilters: [
                { field: 'state', operator: 'in', values: ['new', 'waiting_on_you'] },
                { field: 'tags', operator: 'does_not_contain', value: 'spam' },
              ],
            },
            limit: 50,
          }),
          connections: 1,
          requests: 200,
        },
      ],
      prismParty,
    );
    rowsLarge.push(
      ...(await sqliteRows(
        largeLabel,
        large,
        [uncached(listOf(issueLarge!, '1,000')), uncached(listOf(issue10k!, '10,000'))],
        prismParty,
        UNCACHED,
      )),
    );
    process.stderr.write('PostgreSQL: list and notes …\n');
    const postgres = await benchPostgres({ connections: Math.max(1, CONNECTIONS / 2), requests: REQUESTS });
    process.stderr.write('PostgreSQL: redaction under write load …\n');
    const redaction = await benchRedactOnPostgres();
    const table = report({
      header:
        `${new Date().toISOString().slice(0, 10)} · ${cpus().length} cores (${cpus()[0]?.model.trim()}) · ` +
        `${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version} · SQLite (WAL, synchronous=NORMAL)`,
      method:
        `${REQUESTS.toLocaleString('en')} requests per case after a warm-up of a tenth, autocannon in a separate ` +
        `process. Seeding: 10^3 in ${smallSeed.seconds.toFixed(1)} s, ${LARGE.toLocaleString('en')} in ` +
        `${largeSeed.seconds.toFixed(1)} s. ` +
        `Prism: ${prismProblem ?? 'prism-cli 5.16.0 mocking the Messages contract'}.`,
      small: rowsSmall,
      large: rowsLarge,
      largeLabel,
      postgres,
      redaction,
    });
    writeFileSync(join(ROOT, 'bench/results/latest.md'), table);
    process.stdout.write(`\n${table}`);
  } finally {
    if (prism) await stop(prism.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
