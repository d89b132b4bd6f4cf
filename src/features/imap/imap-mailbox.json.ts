import type { ImapMailbox } from './imap-mailbox.repository.js';

/** The public shape of a mailbox: everything but the password. */
export const imapMailboxJson = (mailbox: ImapMailbox, displayName: string | null) => ({
  id: mailbox.id,
  address: mailbox.address,
  display_name: displayName ?? undefined,
  host: mailbox.host,
  port: mailbox.port,
  tls: mailbox.tls,
  username: mailbox.username,
  folder: mailbox.folder,
  enabled: mailbox.enabled,
  uid_validity: mailbox.uidValidity ?? undefined,
  last_uid: mailbox.lastUid,
  last_polled_at: mailbox.lastPolledAt ?? undefined,
  last_error: mailbox.lastError ?? undefined,
  last_error_at: mailbox.lastErrorAt ?? undefined,
  created_at: mailbox.createdAt,
  updated_at: mailbox.updatedAt,
});
