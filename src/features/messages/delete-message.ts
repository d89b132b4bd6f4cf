import type { ContentTable } from '../../core/store/database.js';
import { deleteMessage as deleteMessageRow } from './message.repository.js';
import { deleteAttachmentsOfMessages } from '../attachments/attachment.repository.js';
import { deleteBlobs } from '../attachments/attachment.service.js';
import { updateIssue } from '../issues/issue.repository.js';
import type { Actor } from '../../core/actor.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import type { Deps } from '../../core/deps.js';
import { eraseContentFromEvents } from '../events/erasure.js';
import { recordEvent } from '../events/event.service.js';
import { requireIssue } from '../issues/issue.service.js';
import { nowIso } from '../../core/clock.js';
import { requireMessage } from './message.lookup.js';
import { messageReferences } from './redact-message.js';

/**
 * Deletes a message for good: gone from the list, from the issue body (first message), from event payloads and
 * from the database files. `message.deleted` tells connected systems which copy to remove. An email already sent
 * cannot be unsent; the audit entry says so.
 */
export async function deleteMessage(
  deps: Deps,
  actor: Actor,
  issueIdOrNumber: string,
  messageId: string,
): Promise<void> {
  const { tables: rewrote, blobKeys } = await deps.store.db.transaction().execute(async (trx) => {
    const issue = await requireIssue(trx, actor, issueIdOrNumber);
    const message = await requireMessage(trx, actor, issue.id, messageId);
    // The tables whose rows held the text, for the purge after commit (attachments go with the message).
    const tables: ContentTable[] = ['messages', 'attachments'];
    if ((await eraseContentFromEvents(trx, actor.workspaceId, issue, [message.id])) > 0) tables.push('events');
    if (issue.firstMessageId === message.id) {
      tables.push('issues');
      await updateIssue(trx, issue, {
        ...issue,
        bodyHtml: '',
        attachmentUrls: [],
        firstMessageId: null,
        updatedAt: nowIso(),
      });
    }
    const files = await deleteAttachmentsOfMessages(trx, actor.workspaceId, [message.id]);
    await deleteMessageRow(trx, actor.workspaceId, message.id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'message.deleted',
      subjectId: message.id,
      payload: messageReferences(issue.id, message),
    });
    const attributes: Record<string, string> = { issue_id: issue.id, source: message.source };
    if (message.emailInfo?.messageId)
      attributes.note = 'An email that was already sent cannot be unsent; recipients keep their copy.';
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      actorUserId: actor.userId,
      action: 'message.deleted',
      objectType: 'message',
      objectId: message.id,
      attributes,
    });
    return { tables, blobKeys: files.blobKeys };
  });
  // Uploaded files' bytes go once the deletion has committed (a rollback must not lose them).
  await deleteBlobs(deps, blobKeys);
  await deps.store.purgeResidue(rewrote);
}
