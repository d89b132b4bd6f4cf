/** Seeds a benchmark database quickly: issues through the domain, their messages as bulk inserts in transactions. */
import { parseConfig } from '../src/config.js';
import { offlineDeps } from '../src/core/deps.js';
import { newId } from '../src/core/ids.js';
import { createIssue } from '../src/features/issues/issue-creation.js';
import { createWorkspace } from '../src/features/workspaces/workspace.service.js';
import { openStore } from '../src/core/store/open-store.js';

const BATCH = 500;
const PER_TRANSACTION = 20_000;

export interface SeedPlan {
  /** Messages (including the first) of each issue, in order. */
  issues: number[];
}

let lastPercent = -1;

/** Redraws the progress bar when the percentage moves (a log file gets a hundred lines, not one per batch). */
function progress(done: number, total: number, started: number): void {
  const percent = Math.floor((done / total) * 100);
  if (percent === lastPercent && done !== total) return;
  lastPercent = done === total ? -1 : percent;
  const width = 30;
  const filled = Math.round((done / total) * width);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `\r  seeding [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` +
      `${String(Math.round((done / total) * 100)).padStart(3)}%  ` +
      `${done.toLocaleString('en')}/${total.toLocaleString('en')} messages  ${seconds} s`,
  );
  if (done === total) process.stderr.write('\n');
}

export async function seed(
  databaseUrl: string,
  token: string,
  plan: SeedPlan,
): Promise<{ issueIds: string[]; firstMessageIds: string[]; seconds: number }> {
  const started = Date.now();
  const store = await openStore(databaseUrl);
  const deps = offlineDeps(parseConfig({ DATABASE_URL: databaseUrl }), store);
  const created = await store.db.transaction().execute((trx) => createWorkspace(trx, { name: 'Benchmark', token }));
  const actor = { workspaceId: created.workspace_id, userId: created.user_id, tokenId: 'seed', role: 'admin' as const };
  const total = plan.issues.reduce((a, b) => a + b, 0);
  let done = 0;
  const issueIds: string[] = [];
  const firstMessageIds: string[] = [];
  let clock = Date.parse('2024-01-01T00:00:00Z');
  for (const count of plan.issues) {
    const issue = await createIssue(deps, actor, {
      title: 'Benchmark issue',
      body_html: '<p>First message</p>',
      requester_email: 'bench@example.com',
      created_at: new Date(clock).toISOString(),
    });
    issueIds.push(issue.id as string);
    const first = await store.db
      .selectFrom('messages')
      .select('id')
      .where('issue_id', '=', issue.id as string)
      .executeTakeFirstOrThrow();
    firstMessageIds.push(first.id);
    done++;
    let remaining = count - 1;
    while (remaining > 0) {
      const inTransaction = Math.min(remaining, PER_TRANSACTION);
      await store.db.transaction().execute(async (trx) => {
        for (let offset = 0; offset < inTransaction; offset += BATCH) {
          const n = Math.min(BATCH, inTransaction - offset);
          const rows = Array.from({ length: n }, (_, i) => {
            clock += 1;
            const seq = done + i;
            return {
              id: newId(),
              workspace_id: actor.workspaceId,
              issue_id: issue.id as string,
              thread_id: null,
              is_private: 0,
              source: 'manual',
              body_html: `<p>Benchmark reply number ${seq}, with a few words of ordinary support text in it.</p>`,
              file_urls: '[]',
              author_user_id: actor.userId,
              author_contact_id: null,
              email_info: null,
              external_id: null,
              external_metadata: null,
              email_message_id: null,
              created_at: new Date(clock).toISOString(),
              redacted_at: null,
            };
          });
          await trx.insertInto('messages').values(rows).execute();
          done += n;
        }
      });
      remaining -= inTransaction;
      progress(done, total, started);
    }
    if (count === 1) progress(done, total, started);
  }
  await store.close();
  return { issueIds, firstMessageIds, seconds: (Date.now() - started) / 1000 };
}
