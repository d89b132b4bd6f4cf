import type { Insertable, Selectable, Updateable } from 'kysely';

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
}

export type IssueRow = Selectable<IssuesTable>;

export type NewIssue = Insertable<IssuesTable>;

export type IssueUpdate = Updateable<IssuesTable>;

declare module '../../core/store/database.js' {
  interface Database {
    issues: IssuesTable;
  }
}
