import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, Db } from '../../core/store/database.js';
import { dialectOf } from '../../core/store/dialect.js';
import { readStringArray } from '../../core/store/json-columns.js';
import { issueTextMatch } from '../issues/issue.full-text.js';
import { BASE_STATES } from '../issues/issue.service.js';
import { CLOSED, WAITING_ON_CUSTOMER, type InboxFilters, type InboxView } from './inbox-query.js';

/** An issue as the inbox lists it: only the columns a row shows, never bodies or custom fields. */
export interface InboxIssue {
  id: string;
  number: number;
  title: string;
  state: string;
  requesterId: string | null;
  assigneeId: string | null;
  teamId: string | null;
  tags: string[];
  latestMessageTime: string;
  createdAt: string;
}

/** Where a page starts: strictly after this issue in (latest_message_time, id) descending order. */
export interface InboxPosition {
  latestMessageTime: string;
  id: string;
}

export interface InboxCriteria {
  view: InboxView;
  filters: InboxFilters;
  /** The signed-in user, whom `mine` means. */
  userId: string;
}

type Issues = ExpressionBuilder<Database, 'issues'>;

/**
 * Each view as a condition written so the planner reads it from its index in page order (migration 021): equality
 * on the state or the assignee for the views that name one; `<>` and `not in` (no index range) for those that
 * exclude a few states, which walk the activity index and skip what they exclude.
 */
function viewCondition(eb: Issues, view: InboxView, userId: string): Expression<SqlBool> | undefined {
  switch (view) {
    case 'unassigned':
      return eb.and([eb('assignee_id', 'is', null), eb('state', '<>', CLOSED)]);
    case 'mine':
      return eb.and([eb('assignee_id', '=', userId), eb('state', '<>', CLOSED)]);
    case 'open':
      return eb('state', 'not in', [CLOSED, WAITING_ON_CUSTOMER]);
    case 'waiting_on_customer':
      return eb('state', '=', WAITING_ON_CUSTOMER);
    case 'closed':
      return eb('state', '=', CLOSED);
    case 'all':
      return undefined;
  }
}

function filterConditions(db: Db, eb: Issues, workspaceId: string, filters: InboxFilters): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (filters.states.length === 1) conditions.push(eb('state', '=', filters.states[0]!));
  if (filters.states.length > 1) conditions.push(eb('state', 'in', filters.states));
  if (filters.assigneeId !== null) conditions.push(eb('assignee_id', '=', filters.assigneeId));
  if (filters.teamId !== null) conditions.push(eb('team_id', '=', filters.teamId));
  for (const tag of filters.tags) conditions.push(dialectOf(db).jsonArrayHasAny(sql.ref('issues.tags'), [tag]));
  if (filters.text !== null) conditions.push(issueTextMatch(db, workspaceId, filters.text));
  return conditions;
}

/** The query of a page, apart from running it (the benchmark shows its plan). */
export function inboxPageQuery(
  db: Db,
  workspaceId: string,
  criteria: InboxCriteria,
  page: { after: InboxPosition | null; limit: number },
) {
  return db
    .selectFrom('issues')
    .select([
      'id',
      'number',
      'title',
      'state',
      'requester_id',
      'assignee_id',
      'team_id',
      'tags',
      'latest_message_time',
      'created_at',
    ])
    .where((eb) => {
      const view = viewCondition(eb, criteria.view, criteria.userId);
      const { after } = page;
      return eb.and([
        eb('workspace_id', '=', workspaceId),
        ...(view ? [view] : []),
        ...filterConditions(db, eb, workspaceId, criteria.filters),
        ...(after
          ? [eb(eb.refTuple('latest_message_time', 'id'), '<', eb.tuple(after.latestMessageTime, after.id))]
          : []),
      ]);
    })
    .orderBy('latest_message_time', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
}

/** The workspace's issues in the view, newest activity first, after `after`. Fetches `limit + 1`. */
export async function listInboxIssues(
  db: Db,
  workspaceId: string,
  criteria: InboxCriteria,
  page: { after: InboxPosition | null; limit: number },
): Promise<InboxIssue[]> {
  const rows = await inboxPageQuery(db, workspaceId, criteria, page).execute();
  return rows.map((row) => ({
    id: row.id,
    number: Number(row.number),
    title: row.title,
    state: row.state,
    requesterId: row.requester_id,
    assigneeId: row.assignee_id,
    teamId: row.team_id,
    tags: readStringArray(row.tags),
    latestMessageTime: row.latest_message_time,
    createdAt: row.created_at,
  }));
}

/** How many issues of the workspace are in each state, by assignee (null: unassigned). */
export interface IssueTally {
  state: string;
  assigneeId: string | null;
  count: number;
}

/** Every state an issue can be in but closed. */
const NOT_CLOSED = BASE_STATES.filter((state) => state !== CLOSED);

/**
 * The query of the tally, apart from running it (the benchmark shows its plan), in two parts over ranges of the
 * state index, which holds the assignee too, so the table is never read: the issues not closed by state and
 * assignee (grouping the few that are open is cheap), and a plain count of the closed ones, most of a workspace,
 * whose assignees no view needs.
 */
export function issueTallyQuery(db: Db, workspaceId: string) {
  const notClosed = db
    .selectFrom('issues')
    .select((eb) => ['state', 'assignee_id', eb.fn.countAll<number | string>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('state', 'in', NOT_CLOSED)
    .groupBy(['state', 'assignee_id']);
  const closed = db
    .selectFrom('issues')
    .select((eb) => [
      sql.lit(CLOSED).as('state'),
      sql<string | null>`null`.as('assignee_id'),
      eb.fn.countAll<number | string>().as('n'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('state', '=', CLOSED);
  return notClosed.unionAll(closed);
}

export async function tallyIssues(db: Db, workspaceId: string): Promise<IssueTally[]> {
  const rows = await issueTallyQuery(db, workspaceId).execute();
  // PostgreSQL's count is a bigint, which pg reads as text.
  return rows.map((row) => ({ state: row.state, assigneeId: row.assignee_id, count: Number(row.n) }));
}

export const latestEventIdQuery = (db: Db, workspaceId: string) =>
  db.selectFrom('events').select('id').where('workspace_id', '=', workspaceId).orderBy('id', 'desc').limit(1);

/** The workspace's newest event: every change to an issue records one in its transaction. */
export async function findLatestEventId(db: Db, workspaceId: string): Promise<string | null> {
  return (await latestEventIdQuery(db, workspaceId).executeTakeFirst())?.id ?? null;
}
