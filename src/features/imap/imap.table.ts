import type { Selectable } from 'kysely';

export interface ImapMailboxesTable {
  id: string;
  workspace_id: string;
  /** The support address whose mail this mailbox holds (lower case), one mailbox per address. */
  address: string;
  host: string;
  port: number;
  /** 1: implicit TLS (IMAPS); 0: plain, upgraded with STARTTLS when the server offers it. */
  tls: number;
  username: string;
  /** Needed to log in, so stored as given; never part of an answer or a log line. */
  password: string;
  folder: string;
  enabled: number;
  /** The folder's UIDVALIDITY when `last_uid` was read; another value means its UIDs start over. */
  uid_validity: string | null;
  /** The highest UID taken (filed or skipped) under `uid_validity`. */
  last_uid: number | string;
  last_polled_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  /** The instance polling the mailbox, until `lease_until`, so two never poll it at once. */
  lease_owner: string | null;
  lease_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface ImapReceivedTable {
  mailbox_id: string;
  uid_validity: string;
  uid: number | string;
  email_message_id: string | null;
  outcome: 'filed' | 'skipped';
  error: string | null;
  received_at: string;
}

export type ImapMailboxRow = Selectable<ImapMailboxesTable>;

declare module '../../core/store/database.js' {
  interface Database {
    imap_mailboxes: ImapMailboxesTable;
    imap_received: ImapReceivedTable;
  }
}
