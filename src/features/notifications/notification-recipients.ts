import type { Db } from '../../core/store/database.js';
import { emailKey } from '../contacts/contact.repository.js';
import type { NotificationKind } from './notification-settings.repository.js';

/** A user a notification email may go to. */
export interface Agent {
  id: string;
  email: string;
  name: string;
}

const SWITCH_COLUMN = {
  new_unassigned: 's.email_new_unassigned',
  customer_reply: 's.email_customer_reply',
} as const;

/**
 * The workspace's agents who want this kind of email (of `among` only, when given): active users with a console
 * password (the console is where the mail's link leads; a user who never set one is an API user or an invite not
 * yet taken up) whose switch for the kind is on. A deactivated user gets nothing.
 */
export async function listAgentsToNotify(
  db: Db,
  workspaceId: string,
  kind: NotificationKind,
  among?: string[],
): Promise<Agent[]> {
  if (among?.length === 0) return [];
  let query = db
    .selectFrom('users as u')
    .innerJoin('user_passwords as p', 'p.user_id', 'u.id')
    .leftJoin('notification_settings as s', 's.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.name'])
    .where('u.workspace_id', '=', workspaceId)
    .where('u.status', '=', 'active')
    .where((eb) => eb.or([eb(SWITCH_COLUMN[kind], 'is', null), eb(SWITCH_COLUMN[kind], '=', 1)]));
  if (among) query = query.where('u.id', 'in', among);
  return query.orderBy('u.id').execute();
}

/**
 * Leaves out whoever wrote the message: the user who wrote it, or the users whose address is the customer's who
 * wrote it (an agent writing to the support address from their own mailbox). An out-of-office answer to a
 * notification comes back as such a message, so no agent is told about their own auto-reply.
 */
export function withoutAuthor(agents: Agent[], author: { userId: string | null; email: string | null }): Agent[] {
  const authorEmail = author.email === null ? null : emailKey(author.email);
  return agents.filter((agent) => agent.id !== author.userId && emailKey(agent.email) !== authorEmail);
}
