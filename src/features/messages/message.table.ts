import type { Insertable, Selectable } from 'kysely';

export interface MessagesTable {
  id: string;
  workspace_id: string;
  issue_id: string;
  thread_id: string | null;
  is_private: number;
  source: string;
  body_html: string;
  file_urls: string;
  author_user_id: string | null;
  author_contact_id: string | null;
  email_info: string | null;
  external_id: string | null;
  external_metadata: string | null;
  /** The RFC 5322 Message-ID of an email message (also in email_info), indexed to thread inbound replies. */
  email_message_id: string | null;
  created_at: string;
  redacted_at: string | null;
}

export type MessageRow = Selectable<MessagesTable>;

export type NewMessage = Insertable<MessagesTable>;

declare module '../../core/store/database.js' {
  interface Database {
    messages: MessagesTable;
  }
}
