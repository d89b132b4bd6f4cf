import type { ContentTable } from '../../core/store/database.js';
import { deleteAttachmentsOfMessages } from '../attachments/attachment.repository.js';
import { deleteBlobs } from '../attachments/attachment.service.js';
import { cancelPendingEmailJobs } from '../email/email-outbox.repository.js';
import { replaceMessageContent } from './message.repository.js';
import { updateIssue } from '../issues/issue.repository.js';
import type { Actor } from '../../core/actor.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import type { Deps } from '../../core/deps.js';
import { eraseContentFromEvents, REDACTED_HTML } from '../events/erasure.js';
import { recordEvent } from '../events/event.service.js';
import { requireIssue } from '../issues/issue.service.js';
import { messageJson } from './message.json.js';
import { nowIso } from '../../core/clock.js';
import { requireMessage } from './message.lookup.js';

/** The ids a connected system needs to find its copy of a message; never its content. */
export function messageReferences(
  issueId: string,
  message: {
    id: string;
    externalId: string | null;
    emailInfo: { messageId: string | null } | null;
    threadId: string | null;
  },
) {
  return {
    issue_id: issueId,
    message_id: message.id,
    thread_id: message.threadId,
    external_id: message.externalId,
    email_message_id: message.emailInfo?.messageId ?? null,
  };
}

/**
 * Removes a message's content for good: the body becomes the fixed placeholder and the files go; id, author,
 * timestamp, thread and visibility stay. The original is erased from the issue body (first message), from event
 * payloads and from the database files before the call returns. Redacting again changes nothing.
 */
export async function redactMessage(deps: Deps, actor: Actor, issueIdOrNumber: string, messageId: string) {
  const redacted = await deps.store.db.transaction().execute(async (trx) => {
    const issue = await requireIssue(trx, actor, issueIdOrNumber);
    const message = await requireMessage(trx, actor, issue.id, messageId);
    if (message.redactedAt !== null) return { message, rewrote: [], blobKeys: [] };
    // The tables whose rows held the text, for the purge after commit.
    const rewrote: ContentTable[] = ['messages'];
    const redactedAt = nowIso();
    await replaceMessageContent(trx, actor.workspaceId, message.id, {
      bodyHtml: REDACTED_HTML,
      fileUrls: [],
      redactedAt,
    });
    const files = await deleteAttachmentsOfMessages(trx, actor.workspaceId, [message.id]);
    if (files.count > 0) rewrote.push('attachments');
    await cancelPendingEmailJobs(trx, actor.workspaceId, message.id, redactedAt);
    if (issue.firstMessageId === message.id) {
      await updateIssue(trx, issue, { ...issue, bodyHtml: REDACTED_HTML, attachmentUrls: [], updatedAt: redactedAt });
      rewrote.push('issues');
    }
    if ((await eraseContentFromEvents(trx, actor.workspaceId, issue, [message.id])) > 0) rewrote.push('events');
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'message.redacted',
      subjectId: message.id,
      payload: messageReferences(issue.id, message),
    });
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      actorUserId: actor.userId,
      action: 'message.redacted',
      objectType: 'message',
      objectId: message.id,
      attributes: { issue_id: issue.id },
    });
    const redactedMessage = { ...message, bodyHtml: REDACTED_HTML, fileUrls: [], redactedAt };
    return { message: redactedMessage, rewrote, blobKeys: files.blobKeys };
  });
  // Uploaded files' bytes go once the redaction has committed (a rollback must not lose them).
  await deleteBlobs(deps, redacted.blobKeys);
  if (redacted.rewrote.length > 0) await deps.store.purgeResidue(redacted.rewrote);
  return messageJson(redacted.message);
}
