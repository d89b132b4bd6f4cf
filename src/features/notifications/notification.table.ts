import type { Generated, Selectable } from 'kysely';

/** A user's email switches, one per kind of notification; a user without a row has both on. */
export interface NotificationSettingsTable {
  user_id: string;
  workspace_id: string;
  email_new_unassigned: Generated<number>;
  email_customer_reply: Generated<number>;
  updated_at: string;
}

/**
 * An event a notification may follow (`issue.created`, or `message.created` of a customer's message), written by a
 * trigger on `events` in the transaction that records it (migration 020), deleted once fanned out.
 */
export interface NotificationEventsTable {
  event_id: string;
  workspace_id: string;
  type: string;
  subject_id: string;
  attempt_count: Generated<number>;
  next_attempt_at: string;
  lease_until: string | null;
  created_at: string;
}

/** One notification email to one user about one event (unique per event and user); ids only, never content. */
export interface NotificationEmailsTable {
  id: string;
  workspace_id: string;
  event_id: string;
  user_id: string;
  /** new_unassigned, customer_reply. */
  kind: string;
  issue_id: string;
  /** The message the mail quotes: the issue's first message, or the customer's reply. */
  message_id: string;
  /** pending, sent, failed, cancelled. */
  status: string;
  attempt_count: number;
  next_attempt_at: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** When a user last read an issue in the console. */
export interface IssueReadsTable {
  workspace_id: string;
  user_id: string;
  issue_id: string;
  read_at: string;
}

export type NotificationEventRow = Selectable<NotificationEventsTable>;
export type NotificationEmailRow = Selectable<NotificationEmailsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    notification_settings: NotificationSettingsTable;
    notification_events: NotificationEventsTable;
    notification_emails: NotificationEmailsTable;
    issue_reads: IssueReadsTable;
  }
}
