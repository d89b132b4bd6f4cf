/**
 * `npm run bench:inbox`: the console's inbox on a workspace of 100,000 issues, on SQLite and on PostgreSQL (a fresh
 * schema, as bench/postgres.ts). Seeds issues with requesters, assignees, teams and tags in bulk, then times
 * `GET /console/api/inbox` in each view, a second page, filters, full-text searches, and the counts, through
 * `app.inject` (the server's own time: routing, session, queries, JSON; no socket). Prints a markdown table with
 * each query's plan and writes bench/results/inbox.md.
 *
 * BENCH_INBOX_ISSUES (default 100,000), BENCH_INBOX_REQUESTS (per case, default 200) and BENCH_POSTGRES_URL change
 * the run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { CompiledQuery, sql, type Compilable, type Kysely } from 'kysely';
import { buildApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { newId } from '../src/core/ids.js';
import type { Database, Db, Store } from '../src/core/store/database.js';
import { dialectOf } from '../src/core/store/dialect.js';
import { openStore } from '../src/core/store/open-store.js';
import { startSession } from '../src/features/console-auth/session.service.js';
import { parseInboxQuery } from '../src/features/inbox/inbox-query.js';
import {
  inboxPageQuery,
  issueTallyQuery,
  latestEventIdQuery,
  tallyIssues,
  type InboxPosition,
} from '../src/features/inbox/inbox.repository.js';
import { findUserById, insertUser } from '../src/features/users/user.repository.js';
import { createWorkspace } from '../src/features/workspaces/workspace.service.js';
import { withPostgresSchema } from './postgres.js';

const ISSUES = Number(process.env.BENCH_INBOX_ISSUES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_INBOX_REQUESTS ?? 200);
const WARM_UP = 20;
const BATCH = 500;
const AGENTS = 10;
const TEAMS = 5;
const CONTACTS = 20_000;
const WORDS = ['login', 'password', 'invoice', 'refund', 'export', 'slow', 'error', 'billing', 'account', 'email'];
const TAGS = ['vip', 'bug', 'billing', 'onboarding', 'churn-risk', 'feature', 'urgent', 'api', 'sso', 'mobile'];

interface Seeded {
  workspaceId: string;
  meId: string;
  otherAgentId: string;
  teamId: string;
  sessionToken: string;
  mineTotal: number;
  seconds: number;
}

/** A small seeded generator, so every run seeds the same data. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Most issues are old and closed; the newest 3 % are mostly still open, as in a real inbox. */
function stateOf(r: number, recent: boolean): string {
  const [closed, waiting, yours, fresh] = recent ? [0.2, 0.45, 0.75, 0.9] : [0.8, 0.88, 0.94, 0.97];
  if (r < closed) return 'closed';
  if (r < waiting) return 'waiting_on_customer';
  if (r < yours) return 'waiting_on_you';
  return r < fresh ? 'new' : 'on_hold';
}

async function insertIssues(db: Db, workspaceId: string, count: number, people: { agents: string[]; teams: string[] }) {
  const next = random(count);
  const contacts = Array.from({ length: Math.min(CONTACTS, count) }, (_, i) => ({
    id: newId(),
    workspace_id: workspaceId,
    name: `Customer ${i}`,
    email: `customer-${i}@example.com`,
    email_key: `customer-${i}@example.com`,
    account_id: null,
    avatar_url: null,
    phone_numbers: '[]',
    primary_phone_number: null,
    portal_role: null,
    created_at: '2024-01-01T00:00:00.000Z',
  }));
  for (let i = 0; i < contacts.length; i += BATCH) {
    await db
      .insertInto('contacts')
      .values(contacts.slice(i, i + BATCH))
      .execute();
  }
  const start = Date.parse('2025-01-01T00:00:00Z');
  const step = (365 * 86_400_000) / count;
  let mine = 0;
  for (let offset = 0; offset < count; offset += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - offset) }, (_, k) => {
      const i = offset + k;
      const latest = new Date(start + i * step + Math.floor(next() * step)).toISOString();
      const created = new Date(Date.parse(latest) - Math.floor(next() * 30 * 86_400_000)).toISOString();
      const state = stateOf(next(), i >= count * 0.97);
      const assignee = next() < 0.75 ? people.agents[Math.floor(next() * people.agents.length)]! : null;
      if (assignee === people.agents[0]) mine++;
      const words = [0, 1, 2].map(() => WORDS[Math.floor(next() * WORDS.length)]);
      const reference = `k${String(i % 1000).padStart(3, '0')}`;
      const tags = [...new Set([0, 1, 2].filter(() => next() < 0.3).map(() => TAGS[Math.floor(next() * TAGS.length)]))];
      return {
        id: newId(),
        workspace_id: workspaceId,
        number: i + 1,
        title: `${words.join(' ')} ${reference}`,
        body_html: '<p>Hello</p>',
        state,
        source: 'email',
        type: 'conversation',
        account_id: null,
        requester_id: contacts[Math.floor(next() * contacts.length)]!.id,
        assignee_id: assignee,
        team_id: next() < 0.7 ? people.teams[Math.floor(next() * people.teams.length)]! : null,
        tags: JSON.stringify(tags),
        attachment_urls: '[]',
        customer_portal_visible: 0,
        author_unverified: 0,
        support_email: null,
        first_message_id: null,
        created_at: created,
        updated_at: latest,
        latest_message_time: latest,
        custom_fields: '{}',
        ticket_form_id: null,
        resolved_at: state === 'closed' ? latest : null,
        snoozed_until: null,
      };
    });
    await db.insertInto('issues').values(rows).execute();
  }
  await db.updateTable('workspaces').set({ issue_counter: count }).where('id', '=', workspaceId).execute();
  return mine;
}

/** A workspace of `count` issues (and another of a tenth as many beside it), in one transaction each. */
export async function seedInbox(store: Store, count: number): Promise<Seeded> {
  const started = Date.now();
  const seedWorkspace = (name: string, issues: number) =>
    store.db.transaction().execute(async (trx) => {
      const { workspace_id: workspaceId } = await createWorkspace(trx, { name });
      const agents = Array.from({ length: AGENTS }, () => newId());
      for (const [i, id] of agents.entries()) {
        const user = { id, workspaceId, name: `Agent ${i}`, email: `agent-${i}@example.com`, role: 'member' as const };
        await insertUser(trx, { ...user, avatarUrl: null, status: 'active', createdAt: '2024-01-01T00:00:00.000Z' });
      }
      const teams = Array.from({ length: TEAMS }, () => newId());
      const at = '2024-01-01T00:00:00.000Z';
      await trx
        .insertInto('teams')
        .values(
          teams.map((id, i) => ({ id, workspace_id: workspaceId, name: `Team ${i}`, created_at: at, updated_at: at })),
        )
        .execute();
      const mine = await insertIssues(trx, workspaceId, issues, { agents, teams });
      return { workspaceId, agents, teams, mine };
    });
  await seedWorkspace('Another workspace', Math.ceil(count / 10));
  const main = await seedWorkspace('Inbox benchmark', count);
  // As autovacuum leaves a table after a bulk insert: statistics, and the visibility map index-only scans need.
  if (store.dialect === 'postgres') await sql`VACUUM ANALYZE`.execute(store.db);
  const me = await findUserById(store.db, main.workspaceId, main.agents[0]!);
  const session = await startSession(store.db, me!);
  await store.close();
  return {
    workspaceId: main.workspaceId,
    meId: main.agents[0]!,
    otherAgentId: main.agents[1]!,
    teamId: main.teams[0]!,
    sessionToken: session.token,
    mineTotal: main.mine,
    seconds: (Date.now() - started) / 1000,
  };
}

interface Case {
  name: string;
  /** The query string of `GET /console/api/inbox`, or null for the counts. */
  query: string | null;
}

const casesFor = (seeded: Seeded, secondPage: string): Case[] => [
  { name: 'view=all', query: 'view=all' },
  { name: 'view=all, second page (cursor)', query: `view=all&cursor=${secondPage}` },
  { name: 'view=all, limit=100', query: 'view=all&limit=100' },
  { name: 'view=unassigned', query: 'view=unassigned' },
  { name: 'view=mine', query: 'view=mine' },
  { name: 'view=open', query: 'view=open' },
  { name: 'view=waiting_on_customer', query: 'view=waiting_on_customer' },
  { name: 'view=closed', query: 'view=closed' },
  { name: 'state=new', query: 'state=new' },
  { name: 'assignee_id (another agent)', query: `assignee_id=${seeded.otherAgentId}` },
  { name: 'team_id', query: `team_id=${seeded.teamId}` },
  { name: 'tag=vip', query: 'tag=vip' },
  { name: 'q=login (a word of 1 issue in 4)', query: 'q=login' },
  { name: 'q=k007 (1 issue in 1,000)', query: 'q=k007' },
  { name: 'view=open&q=login', query: 'view=open&q=login' },
  { name: 'counts (nothing changed since the last count)', query: null },
];

interface Measured {
  name: string;
  rows: number;
  medianMs: number;
  p99Ms: number;
  plan: string;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const ms = (n: number) => n.toFixed(2);

/** The plan the database picks for a case's query, on one line. */
async function planOf(db: Kysely<Database>, seeded: Seeded, c: Case, position: InboxPosition): Promise<string> {
  let query;
  if (c.query === null) {
    query = latestEventIdQuery(db, seeded.workspaceId);
  } else {
    const parsed = parseInboxQuery(Object.fromEntries(new URLSearchParams(c.query)));
    const criteria = { view: parsed.view, filters: parsed.filters, userId: seeded.meId };
    query = inboxPageQuery(db, seeded.workspaceId, criteria, {
      after: parsed.cursor === null ? null : position,
      limit: parsed.limit,
    });
  }
  return explain(db, query);
}

async function explain(db: Kysely<Database>, query: Compilable): Promise<string> {
  const compiled = query.compile();
  const postgres = dialectOf(db).name === 'postgres';
  const prefix = postgres ? 'EXPLAIN (COSTS OFF) ' : 'EXPLAIN QUERY PLAN ';
  const result = await db.executeQuery(CompiledQuery.raw(prefix + compiled.sql, [...compiled.parameters]));
  const lines = (result.rows as Record<string, unknown>[]).map((row) =>
    postgres ? String(row['QUERY PLAN']).trim() : String(row.detail),
  );
  // Ids and timestamps bound into the query say nothing about the plan.
  const values = /'(?:[0-9a-f]{8}-[0-9a-f-]{27}|\d{4}-\d\d-\d\dT[\d:.]+Z)'/g;
  return lines.join('; ').replace(/\s+/g, ' ').replace(values, '…').replace(/\|/g, '\\|');
}

async function measure(databaseUrl: string, seeded: Seeded): Promise<Measured[]> {
  const app = await buildApp(parseConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }), { deliver: false });
  try {
    const headers = { cookie: `helpline_session=${seeded.sessionToken}` };
    const first = (await app.inject({ method: 'GET', url: '/console/api/inbox', headers })).json();
    const last = first.data[first.data.length - 1];
    const position = { latestMessageTime: last.latest_message_at, id: last.id };
    const results: Measured[] = [];
    for (const c of casesFor(seeded, first.pagination.cursor)) {
      const url = c.query === null ? '/console/api/inbox/counts' : `/console/api/inbox?${c.query}`;
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < WARM_UP + REQUESTS; i++) {
        const started = performance.now();
        const res = await app.inject({ method: 'GET', url, headers });
        const elapsed = performance.now() - started;
        if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
        if (i >= WARM_UP) times.push(elapsed);
        const data = res.json().data;
        rows = Array.isArray(data) ? data.length : Object.keys(data).length;
      }
      times.sort((a, b) => a - b);
      const plan = await planOf(app.helpline.store.db, seeded, c, position);
      results.push({ name: c.name, rows, medianMs: quantile(times, 0.5), p99Ms: quantile(times, 0.99), plan });
      process.stderr.write(`  ${c.name}: median ${ms(quantile(times, 0.5))} ms, p99 ${ms(quantile(times, 0.99))} ms\n`);
    }
    const db = app.helpline.store.db;
    results.push(await measureTally(db, seeded, await explain(db, issueTallyQuery(db, seeded.workspaceId))));
    return results;
  } finally {
    await app.close();
  }
}

/** After any change the counts are tallied again: the tally query alone, as often. */
async function measureTally(db: Kysely<Database>, seeded: Seeded, plan: string): Promise<Measured> {
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + REQUESTS; i++) {
    const started = performance.now();
    await tallyIssues(db, seeded.workspaceId);
    if (i >= WARM_UP) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const name = 'counts after a change (the tally query alone)';
  return { name, rows: 5, medianMs: quantile(times, 0.5), p99Ms: quantile(times, 0.99), plan };
}

function table(label: string, seeded: Seeded, results: Measured[]): string {
  return [
    `### ${label}`,
    '',
    `${ISSUES.toLocaleString('en')} issues (and ${Math.ceil(ISSUES / 10).toLocaleString('en')} in another ` +
      `workspace) seeded in ${seeded.seconds.toFixed(1)} s; the signed-in agent is assigned ` +
      `${seeded.mineTotal.toLocaleString('en')} of them. ${REQUESTS} requests per case after ${WARM_UP} of warm-up.`,
    '',
    '| case | rows | median ms | p99 ms | plan |',
    '|---|---:|---:|---:|---|',
    ...results.map((r) => `| ${r.name} | ${r.rows} | ${ms(r.medianMs)} | ${ms(r.p99Ms)} | ${r.plan} |`),
    '',
  ].join('\n');
}

async function main() {
  const sections: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'helpline-bench-inbox-'));
  try {
    const url = `sqlite:${join(dir, 'helpline.db')}`;
    process.stderr.write(`SQLite: seeding ${ISSUES.toLocaleString('en')} issues …\n`);
    const seeded = await seedInbox(await openStore(url), ISSUES);
    sections.push(table('SQLite', seeded, await measure(url, seeded)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const postgres = await withPostgresSchema(async (url) => {
    process.stderr.write(`PostgreSQL: seeding ${ISSUES.toLocaleString('en')} issues …\n`);
    const seeded = await seedInbox(await openStore(url), ISSUES);
    return table('PostgreSQL (a fresh schema, after VACUUM ANALYZE)', seeded, await measure(url, seeded));
  });
  sections.push(postgres.startsWith('###') ? postgres : `### PostgreSQL\n\n${postgres}\n`);
  const report = [
    '# Inbox benchmark',
    '',
    `\`npm run bench:inbox\`, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}. Server time of \`GET /console/api/inbox\` through ` +
      '`app.inject` (routing, the session, the page query, the people lookup, JSON), one request at a time.',
    '',
    ...sections,
  ].join('\n');
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/inbox.md', import.meta.url), report);
  process.stdout.write(`${report}\n`);
}

// Run as a script; imported (to seed a database for a look at its plans), it only seeds.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
