import type { Db } from '../../core/store/database.js';

/** The kinds of notification email, each with its own switch. */
export type NotificationKind = 'new_unassigned' | 'customer_reply';

export type NotificationSettings = Record<NotificationKind, boolean>;

/** Every switch is on until the user turns it off. */
export const DEFAULT_SETTINGS: NotificationSettings = { new_unassigned: true, customer_reply: true };

export async function findNotificationSettings(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<NotificationSettings> {
  const row = await db
    .selectFrom('notification_settings')
    .select(['email_new_unassigned', 'email_customer_reply'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_SETTINGS };
  return { new_unassigned: row.email_new_unassigned === 1, customer_reply: row.email_customer_reply === 1 };
}

/**
 * Sets the switches named, leaving the others as they are, in one statement: two changes of different switches at
 * once both hold.
 */
export async function saveNotificationSettings(
  db: Db,
  workspaceId: string,
  userId: string,
  changes: Partial<NotificationSettings>,
  at: string,
): Promise<void> {
  const values: { email_new_unassigned?: number; email_customer_reply?: number; updated_at: string } = {
    updated_at: at,
  };
  if (changes.new_unassigned !== undefined) values.email_new_unassigned = changes.new_unassigned ? 1 : 0;
  if (changes.customer_reply !== undefined) values.email_customer_reply = changes.customer_reply ? 1 : 0;
  await db
    .insertInto('notification_settings')
    .values({ user_id: userId, workspace_id: workspaceId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}
