import type { Db } from '../../core/store/database.js';

export interface AccountActivity {
  id: string;
  workspaceId: string;
  accountId: string;
  activityTypeId: string;
  bodyHtml: string | null;
  link: string | null;
  linkText: string | null;
  userId: string | null;
  contactId: string | null;
  happenedAt: string;
  createdAt: string;
}

export async function insertActivity(db: Db, a: AccountActivity): Promise<void> {
  await db
    .insertInto('account_activities')
    .values({
      id: a.id,
      workspace_id: a.workspaceId,
      account_id: a.accountId,
      activity_type_id: a.activityTypeId,
      body_html: a.bodyHtml,
      link: a.link,
      link_text: a.linkText,
      user_id: a.userId,
      contact_id: a.contactId,
      happened_at: a.happenedAt,
      created_at: a.createdAt,
    })
    .execute();
}
