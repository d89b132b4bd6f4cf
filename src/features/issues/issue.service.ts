import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Db } from '../../core/store/database.js';
import { findAccountById } from '../accounts/account.repository.js';
import {
  deleteIssue as deleteIssueRow,
  findIssueByIdOrNumber,
  listIssuesCreatedBetween,
  type Issue,
} from './issue.repository.js';
import { listMessageIds } from '../messages/message.repository.js';
import { deleteAttachmentsOfMessages } from '../attachments/attachment.repository.js';
import { deleteBlobs } from '../attachments/attachment.service.js';
import type { Actor } from '../../core/actor.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { requireContact } from '../contacts/contact.service.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { recordEvent } from '../events/event.service.js';
import { eraseContentFromEvents } from '../events/erasure.js';
import { decodeCursor, encodeCursor, paginate } from '../../core/pagination.js';
import { issueJson } from './issue.json.js';
import { presentIssue, viewIssues } from './issue.view.js';
import { nowIso, parseTimestamp } from '../../core/clock.js';
import { requireUser } from '../users/user.service.js';
import { issueTags, issueTitle } from './issue.fields.js';
import { changeIssue, withState } from './issue-change.js';
import { requireTeam } from '../teams/team.service.js';
import { mergeCustomFieldValues } from '../custom-fields/custom-field-values.js';

export { presentIssue, viewIssues };

export const BASE_STATES = ['new', 'waiting_on_you', 'waiting_on_customer', 'on_hold', 'closed'];
const MAX_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_ISSUES_PAGE = 20_000;

/** The issue named by a path `{id}` (its id or its number) in the caller's workspace, or a 404. */
export async function requireIssue(db: Db, actor: Actor, idOrNumber: string): Promise<Issue> {
  const issue = await findIssueByIdOrNumber(db, actor.workspaceId, idOrNumber);
  if (!issue) throw notFound('Issue');
  return issue;
}

export async function getIssue(deps: Deps, actor: Actor, idOrNumber: string) {
  const issue = await requireIssue(deps.store.db, actor, idOrNumber);
  return presentIssue(deps, deps.store.db, actor, issue);
}

export async function listIssues(
  deps: Deps,
  actor: Actor,
  query: { start_time: string; end_time: string; cursor?: string; limit?: number },
) {
  const from = parseTimestamp(query.start_time, 'start_time');
  const to = parseTimestamp(query.end_time, 'end_time');
  const span = Date.parse(to) - Date.parse(from);
  if (span < 0) throw invalid('end_time must not be before start_time');
  if (span > MAX_WINDOW_MS) throw invalid('The time range between start_time and end_time must be at most 30 days');
  const limit = query.limit === undefined || query.limit === 0 ? MAX_ISSUES_PAGE : query.limit;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ISSUES_PAGE)
    throw invalid(`limit must be between 0 and ${MAX_ISSUES_PAGE}`);
  const scope = `issues:${from}:${to}`;
  const after = query.cursor ? decodeCursor(scope, query.cursor, ['createdAt', 'id']) : undefined;
  const rows = await listIssuesCreatedBetween(
    deps.store.db,
    actor.workspaceId,
    { from, to },
    {
      after: after && { createdAt: after.createdAt!, id: after.id! },
      limit,
    },
  );
  const page = paginate(rows, limit, (last) => encodeCursor(scope, { createdAt: last.createdAt, id: last.id }));
  const views = await viewIssues(deps.store.db, actor, page.items);
  return { data: views.map((v) => issueJson(v, deps.publicUrl)), pagination: page.pagination };
}

/** As the contract defines it. */
export type UpdateIssueInput = ContractBody<'PATCH', '/issues/:id'>;

async function applyUpdate(db: Db, actor: Actor, issue: Issue, input: UpdateIssueInput): Promise<Issue> {
  const next = { ...issue };
  if (input.title !== undefined) next.title = issueTitle(input.title);
  if (input.state !== undefined) {
    if (!BASE_STATES.includes(input.state)) throw invalid(`state must be one of ${BASE_STATES.join(', ')}`);
    // A state change also stamps or clears the resolution time and ends a snooze.
    const moved = withState(issue, input.state, nowIso());
    Object.assign(next, { state: moved.state, resolvedAt: moved.resolvedAt, snoozedUntil: moved.snoozedUntil });
  }
  if (input.assignee_id !== undefined) {
    next.assigneeId = input.assignee_id === '' ? null : (await requireUser(db, actor, input.assignee_id)).id;
  }
  if (input.team_id !== undefined)
    next.teamId = input.team_id === '' ? null : (await requireTeam(db, actor, input.team_id)).id;
  next.customFields = await mergeCustomFieldValues(db, actor, 'issue', issue.customFields, input.custom_fields);
  if (input.account_id !== undefined) {
    if (input.account_id !== '' && !(await findAccountById(db, actor.workspaceId, input.account_id)))
      throw notFound('Account');
    next.accountId = input.account_id === '' ? null : input.account_id;
  }
  const requesterId = input.requester_id ?? input.requestor_id;
  if (requesterId !== undefined) next.requesterId = (await requireContact(db, actor, requesterId)).id;
  if (input.tags !== undefined) next.tags = issueTags(input.tags);
  if (input.customer_portal_visible !== undefined) next.customerPortalVisible = input.customer_portal_visible;
  if (input.type !== undefined) {
    if (input.type !== 'conversation' && input.type !== 'ticket') throw invalid('type must be conversation or ticket');
    if (issue.type === 'ticket' && input.type === 'conversation')
      throw invalid('A ticket cannot be turned back into a conversation');
    next.type = input.type;
  }
  next.updatedAt = nowIso();
  return next;
}

export async function updateIssue(deps: Deps, actor: Actor, idOrNumber: string, input: UpdateIssueInput) {
  return deps.store.db.transaction().execute(async (trx) => {
    const issue = await requireIssue(trx, actor, idOrNumber);
    const changed = await changeIssue(trx, deps, actor, issue, (before) => applyUpdate(trx, actor, before, input));
    return changed.json;
  });
}

/** Deletes an issue with its threads and messages, for good: their content leaves every file and event. */
export async function deleteIssue(deps: Deps, actor: Actor, idOrNumber: string): Promise<void> {
  const files = await deps.store.db.transaction().execute(async (trx) => {
    const issue = await requireIssue(trx, actor, idOrNumber);
    const messageIds = await listMessageIds(trx, actor.workspaceId, issue.id);
    await eraseContentFromEvents(trx, actor.workspaceId, issue, messageIds);
    const removed = await deleteAttachmentsOfMessages(trx, actor.workspaceId, messageIds);
    await deleteIssueRow(trx, actor.workspaceId, issue.id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'issue.deleted',
      subjectId: issue.id,
      payload: { issue_id: issue.id, number: issue.number },
    });
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      actorUserId: actor.userId,
      action: 'issue.deleted',
      objectType: 'issue',
      objectId: issue.id,
      attributes: { number: String(issue.number), message_count: String(messageIds.length) },
    });
    return removed;
  });
  // Uploaded files' bytes go once the deletion has committed (a rollback must not lose them).
  await deleteBlobs(deps, files.blobKeys);
  await deps.store.purgeResidue(['messages', 'issues', 'events', 'attachments']);
}
