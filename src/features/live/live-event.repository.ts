import { sql } from 'kysely';
import type { Db } from '../../core/store/database.js';
import { dialectOf } from '../../core/store/dialect.js';

/** An event as the live stream announces it: what happened to which object, never its content. */
export interface LiveEvent {
  id: string;
  workspaceId: string;
  type: string;
  subjectId: string;
  /** The issue the event concerns, when it concerns one. */
  issueId: string | null;
  createdAt: string;
}

/**
 * The columns of a live event, the issue read inside the database from the payload (`issue_id` on message and
 * follower events, `issue.id` on issue events, `thread.issue_id` on thread events), so payloads, which hold message
 * bodies, never leave it.
 */
function selectLiveEvents(db: Db) {
  const dialect = dialectOf(db);
  const payload = sql.ref('payload');
  const issueId = sql<string | null>`coalesce(${dialect.jsonText(payload, 'issue_id')}, ${dialect.jsonMember(
    payload,
    'issue',
    'id',
  )}, ${dialect.jsonMember(payload, 'thread', 'issue_id')})`;
  return db
    .selectFrom('events')
    .select(['id', 'workspace_id', 'type', 'subject_id', 'created_at', issueId.as('issue_id')]);
}

type LiveEventRow = { id: string; workspace_id: string; type: string; subject_id: string; created_at: string } & {
  issue_id: string | null;
};

const toLiveEvent = (row: LiveEventRow): LiveEvent => ({
  id: row.id,
  workspaceId: row.workspace_id,
  type: row.type,
  subjectId: row.subject_id,
  issueId: typeof row.issue_id === 'string' ? row.issue_id : null,
  createdAt: row.created_at,
});

/** The events of any of `workspaceIds` after `afterId`, in order (ids are UUIDv7), at most `limit`. */
export async function listLiveEvents(
  db: Db,
  workspaceIds: string[],
  afterId: string,
  limit: number,
): Promise<LiveEvent[]> {
  const rows = await selectLiveEvents(db)
    .where('workspace_id', 'in', workspaceIds)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toLiveEvent);
}

/** Which of the console sessions are still live: not past their end, not idle too long, their user active. */
export async function findLiveSessionIds(
  db: Db,
  sessionIds: string[],
  now: string,
  idleSince: string,
): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('console_sessions as s')
    .innerJoin('users as u', (join) =>
      join.onRef('u.id', '=', 's.user_id').onRef('u.workspace_id', '=', 's.workspace_id'),
    )
    .select('s.id')
    .where('s.id', 'in', sessionIds)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleSince)
    .where('u.status', '=', 'active')
    .execute();
  return new Set(rows.map((row) => row.id));
}
