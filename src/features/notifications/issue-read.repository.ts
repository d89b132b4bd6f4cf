import { sql } from 'kysely';
import type { Db } from '../../core/store/database.js';

/** Records that the user read the issue at `at` (the latest read wins). */
export async function saveIssueRead(
  db: Db,
  read: { workspaceId: string; userId: string; issueId: string; at: string },
): Promise<void> {
  await db
    .insertInto('issue_reads')
    .values({ workspace_id: read.workspaceId, user_id: read.userId, issue_id: read.issueId, read_at: read.at })
    .onConflict((oc) => oc.columns(['user_id', 'issue_id']).doUpdateSet({ read_at: read.at }))
    .execute();
}

export interface UnreadIssues {
  count: number;
  /** Newest customer message first. */
  issueIds: string[];
}

/**
 * The issues unread by a user: open, assigned to them or to nobody, with a customer's message (customer-visible,
 * written by no user) newer than their last read of it, or never read.
 *
 * Index use, on both databases: the open issues of the workspace assigned to the user and to nobody are read from
 * the partial index `issues_open_by_assignee` (closed issues are not in it); for each, the latest customer message
 * is one step into the partial index `messages_customer_latest`, and the user's read one primary-key lookup. The
 * literals `'closed'` and `0` are written into the SQL, not bound, so the planner can match the indexes' conditions.
 * Counting and the first page come from the one pass (a window count). Measured with 100,000 issues (10,000 open,
 * 3,810 of them the user's or nobody's): about 20 ms on SQLite and 35 ms on PostgreSQL (migration 020).
 */
export function unreadIssuesQuery(db: Db, workspaceId: string, userId: string, limit: number) {
  const openIssues = (assignee: string | null) =>
    db
      .selectFrom('issues as i')
      .select('i.id')
      .select((eb) =>
        eb
          .selectFrom('messages as m')
          .select('m.created_at')
          .whereRef('m.issue_id', '=', 'i.id')
          .where('m.author_user_id', 'is', null)
          .where('m.is_private', '=', sql.lit(0))
          .orderBy('m.created_at', 'desc')
          .limit(1)
          .as('last_customer_at'),
      )
      .select((eb) =>
        eb
          .selectFrom('issue_reads as r')
          .select('r.read_at')
          .where('r.user_id', '=', userId)
          .whereRef('r.issue_id', '=', 'i.id')
          .as('read_at'),
      )
      .where('i.workspace_id', '=', workspaceId)
      .where('i.state', '<>', sql.lit('closed'))
      .where('i.assignee_id', assignee === null ? 'is' : '=', assignee);
  // Two index ranges (the user's issues, nobody's) rather than one OR, which SQLite would answer by reading every
  // open issue of the workspace. Materialized, so each row's two lookups run once, not again in every condition.
  return db
    .with(
      (cte) => cte('candidates').materialized(),
      () => openIssues(userId).unionAll(openIssues(null)),
    )
    .selectFrom('candidates as c')
    .select(['c.id', sql<number | string>`count(*) over ()`.as('total')])
    .where('c.last_customer_at', 'is not', null)
    .where((eb) => eb.or([eb('c.read_at', 'is', null), eb('c.last_customer_at', '>', eb.ref('c.read_at'))]))
    .orderBy('c.last_customer_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit);
}

export async function findUnreadIssues(
  db: Db,
  workspaceId: string,
  userId: string,
  limit: number,
): Promise<UnreadIssues> {
  const rows = await unreadIssuesQuery(db, workspaceId, userId, limit).execute();
  return { count: rows.length === 0 ? 0 : Number(rows[0]!.total), issueIds: rows.map((r) => r.id) };
}
