import { nowIso } from '../../core/clock.js';
import type { Db } from '../../core/store/database.js';
import { recordEvent } from '../events/event.service.js';
import { recordIssueActivity, type Issue } from '../issues/issue.repository.js';
import { messageJson } from './message.json.js';
import { insertMessage, type MessageView } from './message.repository.js';

/**
 * Stores a message made by `newMessage` and records `message.created` from it, in the caller's transaction: the
 * event is built from what is in memory, not from the row read back.
 */
export async function storeMessage(db: Db, message: MessageView): Promise<void> {
  await insertMessage(db, message);
  await recordEvent(db, {
    workspaceId: message.workspaceId,
    type: 'message.created',
    subjectId: message.id,
    payload: { issue_id: message.issueId, message: messageJson(message) },
  });
}

/** A new reply or note on an existing issue: stored, and the issue's latest-message time moved to it. */
export async function postMessage(
  db: Db,
  issue: Issue,
  message: MessageView,
): Promise<{ id: string; issue_id: string }> {
  await storeMessage(db, message);
  await recordIssueActivity(db, issue.workspaceId, issue.id, message.createdAt, nowIso());
  return { id: message.id, issue_id: issue.id };
}
