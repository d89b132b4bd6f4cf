import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Db } from '../../core/store/database.js';
import { isUniqueViolation } from '../../core/store/database.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { AppError, duplicate, invalid } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { nowIso } from '../../core/clock.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { insertIssue, type Issue } from '../issues/issue.repository.js';
import { presentIssue } from '../issues/issue.service.js';
import { draftMessages, inTimeOrder, storeImportedMessages } from './import-messages.js';
import {
  checkIssueFields,
  failIfNumberTaken,
  resolveIssuePeople,
  takeIssueNumber,
  type IssueFields,
} from './import-issue.fields.js';
import { findIssueIdByImportRefs, insertImportedIssue } from './import.repository.js';
import { linkExternalIssue } from '../issues/external-issue.repository.js';
import { customFieldValuesForNewObject } from '../custom-fields/custom-field-values.js';

/** As the contract defines it. */
export type ImportIssueInput = ContractBody<'POST', '/import/issues'>;

/** The times of an imported issue: as given, else read from its messages (the import's time when none has one). */
function issueTimes(fields: IssueFields, messageTimes: string[]) {
  const sorted = [...messageTimes].sort();
  const createdAt = fields.createdAt ?? sorted[0] ?? nowIso();
  const latestMessageTime = sorted.at(-1) ?? createdAt;
  const updatedAt = fields.updatedAt ?? (latestMessageTime > createdAt ? latestMessageTime : createdAt);
  if (updatedAt < createdAt) throw invalid('updated_at must not be before created_at');
  if (fields.resolutionTime !== null && fields.resolutionTime < createdAt)
    throw invalid('resolution_time must not be before created_at');
  // A closed issue was resolved when it says, else at its last update (the best time known).
  const resolvedAt = fields.state === 'closed' ? (fields.resolutionTime ?? updatedAt) : null;
  return { createdAt, updatedAt, latestMessageTime, resolvedAt };
}

async function failIfImported(db: Db, actor: Actor, fields: IssueFields): Promise<void> {
  const existing = await findIssueIdByImportRefs(db, actor.workspaceId, fields.refs);
  if (existing)
    throw duplicate('An issue was already imported with this zendesk_ticket_id or intercom_conversation_id', existing);
}

type DatedDraft = ReturnType<typeof inTimeOrder>[number];

/** The issue row of an import, its people resolved and its number taken, in the caller's transaction. */
async function buildIssue(
  trx: Db,
  actor: Actor,
  input: ImportIssueInput,
  plan: { fields: IssueFields; times: ReturnType<typeof issueTimes>; body: DatedDraft; bodyMessageId: string },
): Promise<Issue> {
  const { fields, times } = plan;
  return {
    id: newId(),
    workspaceId: actor.workspaceId,
    number: await takeIssueNumber(trx, actor, input.issue_number),
    title: fields.title,
    bodyHtml: plan.body.bodyHtml,
    state: fields.state,
    source: 'manual',
    type: 'conversation',
    ...(await resolveIssuePeople(trx, actor, input)),
    tags: fields.tags,
    attachmentUrls: fields.attachmentUrls,
    customerPortalVisible: false,
    authorUnverified: false,
    supportEmail: null,
    firstMessageId: plan.bodyMessageId,
    ...times,
    customFields: await customFieldValuesForNewObject(trx, actor, 'issue', input.custom_fields),
    ticketFormId: null,
    snoozedUntil: null,
  };
}

/** Stores the issue, what the import brings beside it, and its messages; records the events and the audit entry. */
async function storeImportedIssue(trx: Db, deps: Deps, actor: Actor, issue: Issue, fields: IssueFields) {
  await insertIssue(trx, issue);
  await insertImportedIssue(trx, {
    issueId: issue.id,
    workspaceId: actor.workspaceId,
    ...fields.refs,
    firstResponseTime: fields.firstResponseTime,
    importedAt: nowIso(),
  });
  for (const link of fields.externalIssues)
    await linkExternalIssue(trx, actor.workspaceId, { issueId: issue.id, ...link }, issue.createdAt);
  const json = await presentIssue(deps, trx, actor, issue);
  await recordEvent(trx, {
    workspaceId: actor.workspaceId,
    type: 'issue.created',
    subjectId: issue.id,
    payload: { issue: json, imported: true },
  });
  return json;
}

/**
 * Imports an issue with its history: the given times and ticket ids are kept, the messages are stored as they
 * happened, nothing is delivered to anyone and no rule moves the state. `issue.created` and `message.created` are
 * recorded marked `imported: true`. An issue already imported with the same ticket id (or number) is a duplicate.
 */
export async function importIssue(deps: Deps, actor: Actor, input: ImportIssueInput) {
  const skipped: string[] = [];
  const fields = checkIssueFields(input, skipped);
  const drafts = draftMessages(input.messages, skipped);
  const times = issueTimes(
    fields,
    drafts.flatMap((d) => (d.createdAt ? [d.createdAt] : [])),
  );
  const messages = inTimeOrder(drafts, times.createdAt);
  const messageIds = messages.map(() => newId());
  // The issue's body is what the customer first wrote or was told: a private note never becomes it, unless the
  // history holds nothing else.
  const first = Math.max(
    0,
    messages.findIndex((m) => !m.isPrivate),
  );
  const plan = { fields, times, body: messages[first]!, bodyMessageId: messageIds[first]! };

  const attempt = () =>
    deps.store.db.transaction().execute(async (trx) => {
      await failIfImported(trx, actor, fields);
      const issue = await buildIssue(trx, actor, input, plan);
      const json = await storeImportedIssue(trx, deps, actor, issue, fields);
      await storeImportedMessages(trx, actor, issue, messages, messageIds);
      await recordAudit(trx, {
        workspaceId: actor.workspaceId,
        actorUserId: actor.userId,
        action: 'issue.imported',
        objectType: 'issue',
        objectId: issue.id,
        attributes: { number: String(issue.number), message_count: String(messages.length) },
      });
      return json;
    });

  try {
    const data = await attempt();
    return { data, ...(skipped.length > 0 ? { warnings: { skipped_attachments: skipped } } : {}) };
  } catch (error) {
    // Two imports of the same ticket raced: the loser answers as a duplicate of the winner.
    if (isUniqueViolation(error) && !(error instanceof AppError)) {
      await failIfImported(deps.store.db, actor, fields);
      if (input.issue_number !== undefined) await failIfNumberTaken(deps.store.db, actor, input.issue_number);
    }
    throw error;
  }
}
