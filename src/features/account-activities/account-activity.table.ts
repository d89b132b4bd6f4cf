import type { Selectable } from 'kysely';

/** A workspace's kinds of account activity (a call, a renewal...), which an activity names by slug. */
export interface ActivityTypesTable {
  id: string;
  workspace_id: string;
  slug: string;
  label: string;
  icon_url: string | null;
  created_at: string;
}

export type ActivityTypeRow = Selectable<ActivityTypesTable>;

/** Something that happened with an account, logged on its timeline. */
export interface AccountActivitiesTable {
  id: string;
  workspace_id: string;
  account_id: string;
  activity_type_id: string;
  body_html: string | null;
  link: string | null;
  link_text: string | null;
  user_id: string | null;
  contact_id: string | null;
  happened_at: string;
  created_at: string;
}

export type AccountActivityRow = Selectable<AccountActivitiesTable>;

declare module '../../core/store/database.js' {
  interface Database {
    activity_types: ActivityTypesTable;
    account_activities: AccountActivitiesTable;
  }
}
