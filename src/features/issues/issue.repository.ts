import type { Db } from '../../core/store/database.js';
import type { IssueRow } from './issue.table.js';
import { fromFlag, readStringArray, toFlag, toJsonColumn } from '../../core/store/json-columns.js';
import { afterTimePosition, type Page, type TimePosition } from '../../core/store/keyset.js';
import { readCustomFields, type StoredCustomFields } from '../custom-fields/stored-values.js';
import { catalogTags } from '../tags/tag.repository.js';

/** Where an issue came from, as Pylon names its channels; a stored value outside the list reads back as `manual`. */
export const ISSUE_SOURCES = [
  'email',
  'slack',
  'sms',
  'whatsapp',
  'microsoft_teams',
  'microsoft_teams_chat',
  'chat_widget',
  'manual',
  'form',
  'discord',
  'telegram',
  'phone',
] as const;
export type IssueSource = (typeof ISSUE_SOURCES)[number];
export type IssueType = 'conversation' | 'ticket';

export interface Issue {
  id: string;
  workspaceId: string;
  number: number;
  title: string;
  bodyHtml: string;
  state: string;
  source: IssueSource;
  type: IssueType;
  accountId: string | null;
  requesterId: string | null;
  assigneeId: string | null;
  teamId: string | null;
  tags: string[];
  attachmentUrls: string[];
  customerPortalVisible: boolean;
  authorUnverified: boolean;
  supportEmail: string | null;
  firstMessageId: string | null;
  createdAt: string;
  updatedAt: string;
  latestMessageTime: string;
  customFields: StoredCustomFields;
  ticketFormId: string | null;
  /** When the issue was last closed; null while it is open. */
  resolvedAt: string | null;
  /** Until when the issue is on hold; it wakes by itself then. */
  snoozedUntil: string | null;
}

/** An issue row as the domain sees it. */
export const toIssue = (row: IssueRow): Issue => ({
  id: row.id,
  workspaceId: row.workspace_id,
  number: Number(row.number),
  title: row.title,
  bodyHtml: row.body_html,
  state: row.state,
  source: ISSUE_SOURCES.find((source) => source === row.source) ?? 'manual',
  type: row.type === 'ticket' ? 'ticket' : 'conversation',
  accountId: row.account_id,
  requesterId: row.requester_id,
  assigneeId: row.assignee_id,
  teamId: row.team_id,
  tags: readStringArray(row.tags),
  attachmentUrls: readStringArray(row.attachment_urls),
  customerPortalVisible: fromFlag(row.customer_portal_visible),
  authorUnverified: fromFlag(row.author_unverified),
  supportEmail: row.support_email,
  firstMessageId: row.first_message_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  latestMessageTime: row.latest_message_time,
  customFields: readCustomFields(row.custom_fields),
  ticketFormId: row.ticket_form_id,
  resolvedAt: row.resolved_at,
  snoozedUntil: row.snoozed_until,
});

/** An issue's stored columns, apart from those only triggers write. */
type IssueColumns = Omit<IssueRow, 'messages_version'>;

const toRow = (issue: Issue): IssueColumns => ({
  id: issue.id,
  workspace_id: issue.workspaceId,
  number: issue.number,
  title: issue.title,
  body_html: issue.bodyHtml,
  state: issue.state,
  source: issue.source,
  type: issue.type,
  account_id: issue.accountId,
  requester_id: issue.requesterId,
  assignee_id: issue.assigneeId,
  team_id: issue.teamId,
  tags: toJsonColumn(issue.tags),
  attachment_urls: toJsonColumn(issue.attachmentUrls),
  customer_portal_visible: toFlag(issue.customerPortalVisible),
  author_unverified: toFlag(issue.authorUnverified),
  support_email: issue.supportEmail,
  first_message_id: issue.firstMessageId,
  created_at: issue.createdAt,
  updated_at: issue.updatedAt,
  latest_message_time: issue.latestMessageTime,
  custom_fields: toJsonColumn(issue.customFields),
  ticket_form_id: issue.ticketFormId,
  resolved_at: issue.resolvedAt,
  snoozed_until: issue.snoozedUntil,
});

export async function insertIssue(db: Db, issue: Issue): Promise<void> {
  await db.insertInto('issues').values(toRow(issue)).execute();
  await catalogTags(db, issue.workspaceId, 'issue', issue.tags);
}

/**
 * Writes the fields that differ between `before` and `after`, and only those: concurrent changes to other fields
 * are kept.
 */
export async function updateIssue(db: Db, before: Issue, after: Issue): Promise<void> {
  const old = toRow(before);
  const next = toRow(after);
  const changes: Partial<IssueColumns> = {};
  for (const key of Object.keys(next) as (keyof IssueColumns)[]) {
    if (key !== 'id' && key !== 'workspace_id' && next[key] !== old[key])
      (changes as Record<string, unknown>)[key] = next[key];
  }
  if (Object.keys(changes).length === 0) return;
  await db
    .updateTable('issues')
    .set(changes)
    .where('workspace_id', '=', before.workspaceId)
    .where('id', '=', before.id)
    .execute();
  if (changes.tags !== undefined) await catalogTags(db, after.workspaceId, 'issue', after.tags);
}

/**
 * Messages were added to the issue: moves `latest_message_time` forward (never back), `updated_at` to now, and the
 * version of its message pages (their ETag, migration 019). Every write adding messages to an existing issue calls
 * this in its transaction.
 */
export async function recordIssueActivity(
  db: Db,
  workspaceId: string,
  id: string,
  messageTime: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('issues')
    .set((eb) => ({
      latest_message_time: eb
        .case()
        .when('latest_message_time', '<', messageTime)
        .then(messageTime)
        .else(eb.ref('latest_message_time'))
        .end(),
      updated_at: now,
      messages_version: eb('messages_version', '+', 1),
    }))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Finds an issue by its id or, when `idOrNumber` is a whole number, by its number. */
/** A path `{id}` of digits only names an issue by its number; anything else is an id. */
export const ISSUE_NUMBER = /^\d{1,15}$/;

export async function findIssueByIdOrNumber(
  db: Db,
  workspaceId: string,
  idOrNumber: string,
): Promise<Issue | undefined> {
  let query = db.selectFrom('issues').selectAll().where('workspace_id', '=', workspaceId);
  query = ISSUE_NUMBER.test(idOrNumber)
    ? query.where('number', '=', Number(idOrNumber))
    : query.where('id', '=', idOrNumber);
  const row = await query.executeTakeFirst();
  return row && toIssue(row);
}

/** Issues created in [from, to], oldest first, after the keyset position. Fetches `limit + 1`. */
export async function listIssuesCreatedBetween(
  db: Db,
  workspaceId: string,
  window: { from: string; to: string },
  page: { after?: TimePosition; limit: number },
): Promise<Issue[]> {
  let query = db
    .selectFrom('issues')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('created_at', '>=', window.from)
    .where('created_at', '<=', window.to);
  const after = page.after;
  if (after) {
    query = query.where(afterTimePosition(after));
  }
  const rows = await query
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toIssue);
}

export async function deleteIssue(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('issues').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** Issues in id (creation) order after the keyset position, only those `page.matching` when given. */
export async function listIssuesById(db: Db, workspaceId: string, page: Page): Promise<Issue[]> {
  let query = db.selectFrom('issues').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  if (page.matching) query = query.where(page.matching);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toIssue);
}
