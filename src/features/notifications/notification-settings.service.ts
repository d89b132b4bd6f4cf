import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import { invalid } from '../../core/errors.js';
import type { Db } from '../../core/store/database.js';
import { findNotificationSettings, saveNotificationSettings } from './notification-settings.repository.js';

/** The console's shape of a user's switches. */
export interface NotificationSettingsJson {
  email_new_unassigned: boolean;
  email_customer_reply: boolean;
}

/** The signed-in user's own switches. */
export async function getNotificationSettings(db: Db, actor: Actor): Promise<NotificationSettingsJson> {
  const settings = await findNotificationSettings(db, actor.workspaceId, actor.userId);
  return { email_new_unassigned: settings.new_unassigned, email_customer_reply: settings.customer_reply };
}

/** Turns the signed-in user's own switches on or off; a switch not named stays as it is. */
export async function updateNotificationSettings(
  db: Db,
  actor: Actor,
  input: Partial<NotificationSettingsJson>,
): Promise<NotificationSettingsJson> {
  const { email_new_unassigned: newUnassigned, email_customer_reply: customerReply } = input;
  if (newUnassigned === undefined && customerReply === undefined)
    throw invalid('Send email_new_unassigned or email_customer_reply (true or false)');
  const changes = { new_unassigned: newUnassigned, customer_reply: customerReply };
  await saveNotificationSettings(db, actor.workspaceId, actor.userId, changes, nowIso());
  return getNotificationSettings(db, actor);
}
