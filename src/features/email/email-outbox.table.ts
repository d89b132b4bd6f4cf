export interface EmailOutboxTable {
  id: string;
  workspace_id: string;
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

declare module '../../core/store/database.js' {
  interface Database {
    email_outbox: EmailOutboxTable;
  }
}
