import type { Db } from '../../core/store/database.js';
import { recordIssueActivity, type Issue } from '../issues/issue.repository.js';
import { insertMessage, type Message } from './message.repository.js';
import type { Actor } from '../../core/actor.js';
import { recordEvent } from '../events/event.service.js';
import { presentStoredMessage } from './message.lookup.js';

/** Stores a new reply or note, moves the issue's latest-message time, and records `message.created`. */
export async function postMessage(db: Db, actor: Actor, issue: Issue, message: Message): Promise<{ id: string; issue_id: string }> {
  await insertMessage(db, message);
  await recordIssueActivity(db, actor.workspaceId, issue.id, message.createdAt, new Date().toISOString());
  await recordEvent(db, {
    workspaceId: actor.workspaceId,
    type: 'message.created',
    subjectId: message.id,
    payload: { issue_id: issue.id, message: await presentStoredMessage(db, actor, issue.id, message.id) },
  });
  return { id: message.id, issue_id: issue.id };
}
