import type { Db } from '../../core/store/database.js';
import { findContactById } from '../contacts/contact.repository.js';
import { findEventById } from '../events/event.repository.js';
import { findIssueByIdOrNumber } from '../issues/issue.repository.js';
import { findMessageInWorkspace, type Message } from '../messages/message.repository.js';
import { listAgentsToNotify, withoutAuthor } from './notification-recipients.js';
import type { NotificationKind } from './notification-settings.repository.js';
import type { NotificationEventRow } from './notification.table.js';

/** One email an event calls for: to whom, of which kind, quoting which message of which issue. */
export interface NotificationDecision {
  userId: string;
  kind: NotificationKind;
  issueId: string;
  messageId: string;
}

/** A customer's message: customer-visible, written by no user, not redacted. */
export const isCustomerMessage = (message: Message): boolean =>
  message.authorUserId === null && !message.isPrivate && message.redactedAt === null;

async function authorOf(db: Db, message: Message): Promise<{ userId: string | null; email: string | null }> {
  if (message.authorUserId !== null) return { userId: message.authorUserId, email: null };
  const contact = message.authorContactId && (await findContactById(db, message.workspaceId, message.authorContactId));
  return { userId: null, email: contact ? contact.email : null };
}

/** A new issue nobody is assigned to: every agent who wants to know, but not whoever opened it. */
async function newUnassignedIssue(db: Db, workspaceId: string, issueId: string): Promise<NotificationDecision[]> {
  const issue = await findIssueByIdOrNumber(db, workspaceId, issueId);
  // Assigned or closed since it was opened: nobody needs to pick it up any more.
  if (!issue || issue.assigneeId !== null || issue.state === 'closed' || !issue.firstMessageId) return [];
  const first = await findMessageInWorkspace(db, workspaceId, issue.firstMessageId);
  if (!first || first.redactedAt !== null) return [];
  const agents = withoutAuthor(await listAgentsToNotify(db, workspaceId, 'new_unassigned'), await authorOf(db, first));
  return agents.map((agent) => ({ userId: agent.id, kind: 'new_unassigned', issueId: issue.id, messageId: first.id }));
}

/** A customer's message on an assigned issue: its assignee, if they want to know. */
async function customerReply(db: Db, workspaceId: string, messageId: string): Promise<NotificationDecision[]> {
  const message = await findMessageInWorkspace(db, workspaceId, messageId);
  if (!message || !isCustomerMessage(message)) return [];
  const issue = await findIssueByIdOrNumber(db, workspaceId, message.issueId);
  if (!issue?.assigneeId) return [];
  const assignee = await listAgentsToNotify(db, workspaceId, 'customer_reply', [issue.assigneeId]);
  return withoutAuthor(assignee, await authorOf(db, message)).map((agent) => ({
    userId: agent.id,
    kind: 'customer_reply',
    issueId: issue.id,
    messageId: message.id,
  }));
}

/**
 * The emails an event calls for, decided when it is fanned out (moments after it was recorded): an issue assigned
 * in the meantime is no longer news to everyone. Imported history notifies nobody: it already happened elsewhere.
 */
export async function decideNotifications(db: Db, event: NotificationEventRow): Promise<NotificationDecision[]> {
  const recorded = await findEventById(db, event.event_id);
  if (!recorded || recorded.payload.imported === true) return [];
  if (event.type === 'issue.created') return newUnassignedIssue(db, event.workspace_id, event.subject_id);
  if (event.type === 'message.created') return customerReply(db, event.workspace_id, event.subject_id);
  return [];
}
