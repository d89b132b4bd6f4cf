import type { Db } from '../../core/store/database.js';
import { toFlag } from '../../core/store/json-columns.js';
import type { ImapMailboxRow, ImapReceivedTable } from './imap.table.js';

/** An IMAP mailbox as the rules see it (the password included: only the poller and the connection test use it). */
export interface ImapMailbox {
  id: string;
  workspaceId: string;
  address: string;
  host: string;
  port: number;
  tls: boolean;
  username: string;
  password: string;
  folder: string;
  enabled: boolean;
  uidValidity: string | null;
  lastUid: number;
  lastPolledAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What an administrator may change. */
export type ImapMailboxSettings = Pick<ImapMailbox, 'host' | 'port' | 'tls' | 'username' | 'password' | 'folder'> & {
  enabled: boolean;
};

const toMailbox = (row: ImapMailboxRow): ImapMailbox => ({
  id: row.id,
  workspaceId: row.workspace_id,
  address: row.address,
  host: row.host,
  port: row.port,
  tls: row.tls === 1,
  username: row.username,
  password: row.password,
  folder: row.folder,
  enabled: row.enabled === 1,
  uidValidity: row.uid_validity,
  lastUid: Number(row.last_uid),
  lastPolledAt: row.last_polled_at,
  lastError: row.last_error,
  lastErrorAt: row.last_error_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const settingsColumns = (s: Partial<ImapMailboxSettings>) => ({
  host: s.host,
  port: s.port,
  tls: s.tls === undefined ? undefined : toFlag(s.tls),
  username: s.username,
  password: s.password,
  folder: s.folder,
  enabled: s.enabled === undefined ? undefined : toFlag(s.enabled),
});

export async function insertImapMailbox(
  db: Db,
  m: { id: string; workspaceId: string; address: string; createdAt: string } & ImapMailboxSettings,
): Promise<void> {
  await db
    .insertInto('imap_mailboxes')
    .values({
      id: m.id,
      workspace_id: m.workspaceId,
      address: m.address,
      host: m.host,
      port: m.port,
      tls: toFlag(m.tls),
      username: m.username,
      password: m.password,
      folder: m.folder,
      enabled: toFlag(m.enabled),
      last_uid: 0,
      created_at: m.createdAt,
      updated_at: m.createdAt,
    })
    .execute();
}

export async function findImapMailbox(db: Db, workspaceId: string, id: string): Promise<ImapMailbox | undefined> {
  const row = await db
    .selectFrom('imap_mailboxes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toMailbox(row);
}

export async function findImapMailboxById(db: Db, id: string): Promise<ImapMailbox | undefined> {
  const row = await db.selectFrom('imap_mailboxes').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMailbox(row);
}

export async function findImapMailboxByAddress(db: Db, address: string): Promise<ImapMailbox | undefined> {
  const row = await db
    .selectFrom('imap_mailboxes')
    .selectAll()
    .where('address', '=', address.toLowerCase())
    .executeTakeFirst();
  return row && toMailbox(row);
}

/** A page of the workspace's mailboxes in creation order (ids sort so); without a page, all of them. */
export async function listImapMailboxes(
  db: Db,
  workspaceId: string,
  page?: { afterId?: string; limit: number },
): Promise<ImapMailbox[]> {
  let query = db.selectFrom('imap_mailboxes').selectAll().where('workspace_id', '=', workspaceId).orderBy('id');
  if (page?.afterId) query = query.where('id', '>', page.afterId);
  if (page) query = query.limit(page.limit + 1);
  return (await query.execute()).map(toMailbox);
}

/** Every enabled mailbox, of every workspace, for the poller. */
export async function listEnabledImapMailboxIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('imap_mailboxes').select('id').where('enabled', '=', 1).orderBy('id').execute();
  return rows.map((r) => r.id);
}

export async function updateImapMailbox(
  db: Db,
  workspaceId: string,
  id: string,
  settings: Partial<ImapMailboxSettings>,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('imap_mailboxes')
    .set({ ...settingsColumns(settings), updated_at: updatedAt })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteImapMailbox(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('imap_mailboxes')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Takes the mailbox for `owner` until `until` when nobody holds it (or a holder's lease ran out): one conditional
 * update, so of several instances asking at once exactly one gets it, on either database.
 */
export async function takeImapMailboxLease(db: Db, id: string, owner: string, now: string, until: string) {
  const result = await db
    .updateTable('imap_mailboxes')
    .set({ lease_owner: owner, lease_until: until })
    .where('id', '=', id)
    .where('enabled', '=', 1)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now), eb('lease_owner', '=', owner)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Extends the lease while the holder still has it; false when it was lost (taken over after running out). */
export async function renewImapMailboxLease(db: Db, id: string, owner: string, until: string): Promise<boolean> {
  const result = await db
    .updateTable('imap_mailboxes')
    .set({ lease_until: until })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function releaseImapMailboxLease(db: Db, id: string, owner: string): Promise<void> {
  await db
    .updateTable('imap_mailboxes')
    .set({ lease_owner: null, lease_until: null })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .execute();
}

/** The folder's UIDs started over (or were never read): from now on, UIDs of `uidValidity` from the first. */
export async function restartImapMailboxUids(db: Db, id: string, uidValidity: string): Promise<void> {
  await db.updateTable('imap_mailboxes').set({ uid_validity: uidValidity, last_uid: 0 }).where('id', '=', id).execute();
}

/** Moves the mailbox past `uid`, never back (in the transaction that files or skips it). */
export async function advanceImapMailboxUid(db: Db, id: string, uidValidity: string, uid: number): Promise<void> {
  await db
    .updateTable('imap_mailboxes')
    .set({ last_uid: uid })
    .where('id', '=', id)
    .where('uid_validity', '=', uidValidity)
    .where('last_uid', '<', uid)
    .execute();
}

/** The outcome of a poll: the error (null when it went well) and when. */
export async function recordImapMailboxPoll(db: Db, id: string, error: string | null, at: string): Promise<void> {
  await db
    .updateTable('imap_mailboxes')
    .set(error === null ? { last_polled_at: at } : { last_polled_at: at, last_error: error, last_error_at: at })
    .where('id', '=', id)
    .execute();
}

/** Records a message taken; a second insert of the same (mailbox, UIDVALIDITY, UID) is a unique violation. */
export async function insertImapReceived(db: Db, row: ImapReceivedTable): Promise<void> {
  await db.insertInto('imap_received').values(row).execute();
}

/** Whether the message at this UID was already taken (filed or skipped). */
export async function wasImapUidReceived(db: Db, mailboxId: string, uidValidity: string, uid: number) {
  const row = await db
    .selectFrom('imap_received')
    .select('uid')
    .where('mailbox_id', '=', mailboxId)
    .where('uid_validity', '=', uidValidity)
    .where('uid', '=', uid)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a message with this Message-ID was already taken from the mailbox (under any UIDVALIDITY). */
export async function wasImapMessageIdReceived(db: Db, mailboxId: string, emailMessageId: string): Promise<boolean> {
  const row = await db
    .selectFrom('imap_received')
    .select('uid')
    .where('mailbox_id', '=', mailboxId)
    .where('email_message_id', '=', emailMessageId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function listImapReceived(db: Db, mailboxId: string) {
  return db.selectFrom('imap_received').selectAll().where('mailbox_id', '=', mailboxId).orderBy('uid').execute();
}
