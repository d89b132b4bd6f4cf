import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { nowIso } from '../../core/clock.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordIssueActivity } from '../issues/issue.repository.js';
import { presentIssue, requireIssue } from '../issues/issue.service.js';
import { draftMessages, inTimeOrder, storeImportedMessages } from './import-messages.js';

/** As the contract defines it. */
export type ImportMessagesInput = ContractBody<'POST', '/import/issues/:id/messages'>;

/**
 * Imports messages onto an existing issue (its id or number), each at its own time (undated ones at the time of
 * the import). The issue's latest-message time moves forward to the newest of them, never back; its state stays
 * (no rule runs and nothing is delivered, as for a whole imported issue). Answers the issue as it is afterwards.
 */
export async function importMessages(deps: Deps, actor: Actor, idOrNumber: string, input: ImportMessagesInput) {
  const skipped: string[] = [];
  const drafts = draftMessages(input.messages, skipped);
  const data = await deps.store.db.transaction().execute(async (trx) => {
    const issue = await requireIssue(trx, actor, idOrNumber);
    const now = nowIso();
    const messages = inTimeOrder(drafts, now);
    await storeImportedMessages(trx, actor, issue, messages);
    await recordIssueActivity(trx, actor.workspaceId, issue.id, messages.at(-1)!.createdAt, now);
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      actorUserId: actor.userId,
      action: 'messages.imported',
      objectType: 'issue',
      objectId: issue.id,
      attributes: { number: String(issue.number), message_count: String(messages.length) },
    });
    return presentIssue(deps, trx, actor, await requireIssue(trx, actor, issue.id));
  });
  return { data, ...(skipped.length > 0 ? { warnings: { skipped_attachments: skipped } } : {}) };
}
