import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface IssuesTable {
  id: string;
  workspace_id: string;
  number: number;
  title: string;
  body_html: string;
  state: string;
  source: string;
  type: string;
  account_id: string | null;
  requester_id: string | null;
  assignee_id: string | null;
  team_id: string | null;
  tags: string;
  attachment_urls: string;
  customer_portal_visible: number;
  author_unverified: number;
  support_email: string | null;
  /** The message created with the issue; its content is also the issue's `body_html`. */
  first_message_id: string | null;
  created_at: string;
  updated_at: string;
  latest_message_time: string;
  /** JSON object of the issue's custom field values, keyed by slug (features/custom-fields/stored-values.ts). */
  custom_fields: string;
  /** The ticket form the issue was submitted through. */
  ticket_form_id: string | null;
  /** When the issue was last closed; null while it is open. */
  resolved_at: string | null;
  /** Until when the issue is snoozed (on hold); null when it is not. */
  snoozed_until: string | null;
  /** Moved by triggers whenever one of the issue's messages is written or deleted (migration 019). */
  messages_version: Generated<number>;
}

export type IssueRow = Selectable<IssuesTable>;

export type NewIssue = Insertable<IssuesTable>;

export type IssueUpdate = Updateable<IssuesTable>;

/** Users and contacts who follow an issue. */
export interface IssueFollowersTable {
  workspace_id: string;
  issue_id: string;
  follower_type: 'user' | 'contact';
  follower_id: string;
  created_at: string;
}

/** Issues of other trackers (Jira, Linear, GitHub...) linked to an issue. */
export interface IssueExternalIssuesTable {
  workspace_id: string;
  issue_id: string;
  source: string;
  external_id: string;
  created_at: string;
}

declare module '../../core/store/database.js' {
  interface Database {
    issues: IssuesTable;
    issue_followers: IssueFollowersTable;
    issue_external_issues: IssueExternalIssuesTable;
  }
}
