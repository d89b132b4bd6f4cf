import type { Db } from '../../core/store/database.js';
import { listEventsBySubject, replaceEventPayload } from './event.repository.js';

/**
 * What a redacted message (and an issue whose first message was redacted or deleted) shows in place of its content.
 * Fixed and documented, so clients can recognise it.
 */
export const REDACTED_HTML = '[redacted]';

function eraseMessage(payload: Record<string, unknown>): boolean {
  const message = payload.message as Record<string, unknown> | undefined;
  if (!message || typeof message !== 'object') return false;
  message.message_html = REDACTED_HTML;
  message.file_urls = [];
  return true;
}

function eraseIssueBody(payload: Record<string, unknown>): boolean {
  const issue = payload.issue as Record<string, unknown> | undefined;
  if (!issue || typeof issue !== 'object' || !('body_html' in issue)) return false;
  issue.body_html = REDACTED_HTML;
  issue.attachment_urls = [];
  return true;
}

/**
 * Removes message content from the stored payloads of events: those about the given messages and, when the issue's
 * body went with them (its first message), those about the issue.
 */
export async function eraseContentFromEvents(
  db: Db,
  workspaceId: string,
  issue: { id: string; firstMessageId: string | null },
  messageIds: string[],
): Promise<number> {
  let rewritten = 0;
  const rewrite = async (subjectId: string, erase: (payload: Record<string, unknown>) => boolean) => {
    for (const event of await listEventsBySubject(db, workspaceId, subjectId)) {
      if (!erase(event.payload)) continue;
      await replaceEventPayload(db, event.id, event.payload);
      rewritten++;
    }
  };
  for (const messageId of messageIds) await rewrite(messageId, eraseMessage);
  if (issue.firstMessageId !== null && messageIds.includes(issue.firstMessageId)) {
    await rewrite(issue.id, eraseIssueBody);
  }
  return rewritten;
}
