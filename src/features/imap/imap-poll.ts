import type { FetchMessageObject, ImapFlow } from 'imapflow';
import { nowIso, nowMs } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import type { Db } from '../../core/store/database.js';
import { isUniqueViolation } from '../../core/store/database.js';
import { receiveInboundEmail } from '../email/inbound-email.js';
import { isMessageId } from '../email/inbound-message.js';
import { parseInboundEmail, receiveData } from '../email/inbound-parse.js';
import { connectImap, describeImapError, disconnectImap } from './imap-client.js';
import {
  advanceImapMailboxUid,
  findImapMailboxById,
  insertImapReceived,
  recordImapMailboxPoll,
  releaseImapMailboxLease,
  renewImapMailboxLease,
  restartImapMailboxUids,
  takeImapMailboxLease,
  wasImapMessageIdReceived,
  wasImapUidReceived,
  type ImapMailbox,
} from './imap-mailbox.repository.js';

export interface PollOptions {
  /** This instance, as the holder of the leases it takes. */
  owner: string;
  /** How long a poll may hold a mailbox without renewing its lease (renewed before each message). */
  leaseMs: number;
  /** Largest message filed (INBOUND_SMTP_MAX_BYTES): a larger one is skipped, and never read past this. */
  maxBytes: number;
  /** Connections in use, so closing the server can cut them. */
  open: Set<ImapFlow>;
  /** Whether the server is closing: a connection it cut is no error of the mailbox's. */
  isClosing(): boolean;
}

/** A message read from the folder: its place (UIDVALIDITY, UID) and size, as the server reported them. */
interface Listed {
  uidValidity: string;
  uid: number;
  size: number;
}

const leaseUntil = (options: PollOptions) => new Date(nowMs() + options.leaseMs).toISOString();

/**
 * Passes a message by for good, saying why: recorded as skipped (and as the mailbox's last error) with the mailbox
 * moved past it, in one transaction. Another instance that recorded it first wins; nothing changes then.
 */
async function skipMessage(deps: Deps, mailbox: ImapMailbox, listed: Listed, reason: string, messageId?: string) {
  const at = nowIso();
  try {
    await deps.store.db.transaction().execute(async (trx) => {
      await recordTaken(trx, mailbox, listed, { outcome: 'skipped', error: reason, messageId });
      await recordImapMailboxPoll(trx, mailbox.id, `UID ${listed.uid}: ${reason}`, at);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await advanceImapMailboxUid(deps.store.db, mailbox.id, listed.uidValidity, listed.uid);
  }
}

async function recordTaken(
  trx: Db,
  mailbox: ImapMailbox,
  listed: Listed,
  taken: { outcome: 'filed' | 'skipped'; error: string | null; messageId: string | undefined },
): Promise<void> {
  const messageId = taken.messageId !== undefined && isMessageId(taken.messageId) ? taken.messageId : null;
  await insertImapReceived(trx, {
    mailbox_id: mailbox.id,
    uid_validity: listed.uidValidity,
    uid: listed.uid,
    email_message_id: messageId,
    outcome: taken.outcome,
    error: taken.error,
    received_at: nowIso(),
  });
  await advanceImapMailboxUid(trx, mailbox.id, listed.uidValidity, listed.uid);
}

/**
 * Reads one message and files it through the same function as the SMTP listener, recording its UID in the filing
 * transaction. A message too big, unparseable or refused is skipped with the reason; a failure of the connection
 * is thrown (the poll stops, and the next one starts again from the same message).
 */
async function takeMessage(deps: Deps, client: ImapFlow, mailbox: ImapMailbox, listed: Listed, options: PollOptions) {
  const { maxBytes } = options;
  // Taken already (by another instance, or before the mailbox was moved back): only the position moves.
  if (await wasImapUidReceived(deps.store.db, mailbox.id, listed.uidValidity, listed.uid))
    return advanceImapMailboxUid(deps.store.db, mailbox.id, listed.uidValidity, listed.uid);
  const tooBig = `Message too big (${listed.size} bytes; at most ${maxBytes})`;
  if (listed.size > maxBytes) return skipMessage(deps, mailbox, listed, tooBig);
  // The server is asked for at most one byte past the limit, and what arrives is kept only up to it.
  const download = await client.download(String(listed.uid), undefined, { uid: true, maxBytes: maxBytes + 1 });
  if (!download.content) return skipMessage(deps, mailbox, listed, 'The message is no longer on the server');
  const data = await receiveData(download.content, maxBytes);
  if (data.oversized) return skipMessage(deps, mailbox, listed, tooBig);
  let email;
  try {
    email = await parseInboundEmail(data.raw, [mailbox.address], maxBytes);
  } catch (error) {
    return skipMessage(deps, mailbox, listed, (error as Error).message);
  }
  const messageId = email.messageId;
  // After a UIDVALIDITY change the folder's messages come again under new UIDs: their Message-IDs tell them apart.
  if (messageId && (await wasImapMessageIdReceived(deps.store.db, mailbox.id, messageId))) {
    return skipMessage(deps, mailbox, listed, 'Already received (same Message-ID)', messageId);
  }
  try {
    await receiveInboundEmail(deps, email, {
      beforeFiling: (trx) => recordTaken(trx, mailbox, listed, { outcome: 'filed', error: null, messageId }),
    });
  } catch (error) {
    // Another instance filed it in the meantime: only the position moves.
    if (isUniqueViolation(error))
      return advanceImapMailboxUid(deps.store.db, mailbox.id, listed.uidValidity, listed.uid);
    return skipMessage(deps, mailbox, listed, `Not filed: ${(error as Error).message}`.slice(0, 300), messageId);
  }
}

/** The messages past the last UID taken, in UID order; the UIDs start over when the folder's UIDVALIDITY changed. */
async function listNewMessages(deps: Deps, client: ImapFlow, mailbox: ImapMailbox): Promise<Listed[]> {
  const opened = client.mailbox;
  if (!opened) throw new Error(`The folder ${mailbox.folder} could not be opened`);
  const uidValidity = String(opened.uidValidity);
  let lastUid = mailbox.lastUid;
  if (mailbox.uidValidity !== uidValidity) {
    await restartImapMailboxUids(deps.store.db, mailbox.id, uidValidity);
    lastUid = 0;
  }
  if (opened.exists === 0) return [];
  const fetched: FetchMessageObject[] = await client.fetchAll(
    `${lastUid + 1}:*`,
    { uid: true, size: true },
    { uid: true },
  );
  // `N:*` names the last message even when its UID is below N (RFC 3501 6.4.8): keep only the new ones.
  return fetched
    .filter((m) => m.uid > lastUid)
    .sort((a, b) => a.uid - b.uid)
    .map((m) => ({ uidValidity, uid: m.uid, size: m.size ?? 0 }));
}

async function readMailbox(deps: Deps, mailbox: ImapMailbox, options: PollOptions): Promise<void> {
  const client = await connectImap(mailbox);
  options.open.add(client);
  try {
    // Read-only (EXAMINE): nothing on the server changes, no message is deleted or marked.
    const lock = await client.getMailboxLock(mailbox.folder, { readOnly: true });
    try {
      for (const listed of await listNewMessages(deps, client, mailbox)) {
        if (!(await renewImapMailboxLease(deps.store.db, mailbox.id, options.owner, leaseUntil(options)))) return;
        await takeMessage(deps, client, mailbox, listed, options);
      }
    } finally {
      lock.release();
    }
  } finally {
    options.open.delete(client);
    await disconnectImap(client);
  }
}

/**
 * Polls one mailbox when no other instance is polling it (its lease), filing each new message once. What fails
 * (the server unreachable, a wrong password) is recorded as the mailbox's last error; nothing is thrown for it.
 */
export async function pollImapMailbox(deps: Deps, mailboxId: string, options: PollOptions): Promise<void> {
  const db = deps.store.db;
  if (!(await takeImapMailboxLease(db, mailboxId, options.owner, nowIso(), leaseUntil(options)))) return;
  try {
    const mailbox = await findImapMailboxById(db, mailboxId);
    if (!mailbox?.enabled) return;
    let failure: string | null = null;
    try {
      await readMailbox(deps, mailbox, options);
    } catch (error) {
      failure = describeImapError(error, mailbox.password);
    }
    if (failure === null || !options.isClosing()) await recordImapMailboxPoll(db, mailbox.id, failure, nowIso());
  } finally {
    await releaseImapMailboxLease(db, mailboxId, options.owner);
  }
}
