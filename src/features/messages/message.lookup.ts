import type { Db } from '../../core/store/database.js';
import { findMessageById, type MessageView } from './message.repository.js';
import type { Actor } from '../../core/actor.js';
import { notFound } from '../../core/errors.js';

/** A message of the issue in the caller's workspace, or a 404. */
export async function requireMessage(db: Db, actor: Actor, issueId: string, messageId: string): Promise<MessageView> {
  const message = await findMessageById(db, actor.workspaceId, issueId, messageId);
  if (!message) throw notFound('Message');
  return message;
}
