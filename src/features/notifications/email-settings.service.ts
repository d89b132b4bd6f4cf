import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.js';
import { invalid, notFound } from '../../core/errors.js';
import { isUniqueViolation, type Database, type Db } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { setSupportAddress } from '../email/inbound-email.js';
import { listImapMailboxes } from '../imap/imap-mailbox.repository.js';
import { cleanDisplayName } from '../imap/imap-mailbox.service.js';
import {
  findWorkspaceById,
  setWorkspaceSupportDisplayName,
  setWorkspaceSupportEmail,
} from '../workspaces/workspace.repository.js';

/** The built-in SMTP listener, as this server runs it (INBOUND_SMTP_PORT). */
export interface InboundSmtp {
  enabled: boolean;
  port: number | null;
}

export interface EmailSettingsJson {
  support_address: string | null;
  display_name: string | null;
  inbound_smtp: InboundSmtp;
}

export interface EmailSettingsInput {
  support_address?: string;
  display_name?: string;
}

async function present(db: Db, workspaceId: string, inbound: InboundSmtp): Promise<EmailSettingsJson> {
  const workspace = await findWorkspaceById(db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  return {
    support_address: workspace.support_email,
    display_name: workspace.support_display_name,
    inbound_smtp: inbound,
  };
}

/** The workspace's support address, the name its mail carries, and how mail reaches this server. */
export const getEmailSettings = (db: Db, actor: Actor, inbound: InboundSmtp) => present(db, actor.workspaceId, inbound);

/**
 * A mailbox read over IMAP files its mail under the support address it was set up for: changing or removing that
 * address would leave its mail unfiled, so the mailbox must go first.
 */
async function checkNoOtherMailbox(db: Db, workspaceId: string, address: string | null): Promise<void> {
  const reading = (await listImapMailboxes(db, workspaceId)).find((mailbox) => mailbox.address !== address);
  if (reading)
    throw invalid(`The IMAP mailbox for ${reading.address} files its mail under that address: remove it first`);
}

async function changeSupportAddress(trx: Db, workspaceId: string, requested: string, current: string | null) {
  const address = requested.trim().toLowerCase();
  if (address === (current ?? '')) return false;
  await checkNoOtherMailbox(trx, workspaceId, address || null);
  // The rules of any support address (an email address, no other workspace's) are setSupportAddress's.
  if (address === '') await setWorkspaceSupportEmail(trx, workspaceId, null);
  else await setSupportAddress(trx, workspaceId, address);
  return true;
}

async function applyEmailSettings(trx: Db, actor: Actor, input: EmailSettingsInput): Promise<void> {
  const workspace = await findWorkspaceById(trx, actor.workspaceId);
  if (!workspace) throw notFound('Workspace');
  const changed: string[] = [];
  if (input.support_address !== undefined) {
    if (await changeSupportAddress(trx, actor.workspaceId, input.support_address, workspace.support_email))
      changed.push('support_address');
  }
  if (input.display_name !== undefined) {
    const name = cleanDisplayName(input.display_name);
    if (name !== workspace.support_display_name) {
      await setWorkspaceSupportDisplayName(trx, actor.workspaceId, name);
      changed.push('display_name');
    }
  }
  if (changed.length === 0) return;
  await recordAudit(trx, {
    workspaceId: actor.workspaceId,
    actorUserId: actor.userId,
    action: 'workspace.email_settings_updated',
    objectType: 'workspace',
    objectId: actor.workspaceId,
    attributes: { changed: changed.join(',') },
  });
}

/**
 * Sets the support address (empty removes it) and the name its mail carries (empty removes it), and records the
 * change in the audit log, all or nothing.
 */
export async function updateEmailSettings(
  db: Kysely<Database>,
  actor: Actor,
  input: EmailSettingsInput,
  inbound: InboundSmtp,
): Promise<EmailSettingsJson> {
  if (input.support_address === undefined && input.display_name === undefined)
    throw invalid('Send support_address or display_name');
  try {
    await db.transaction().execute((trx) => applyEmailSettings(trx, actor, input));
  } catch (error) {
    // Two workspaces claiming one address at once: the unique index decides, and the loser hears why.
    if (isUniqueViolation(error)) throw invalid('Another workspace receives mail for this address');
    throw error;
  }
  return present(db, actor.workspaceId, inbound);
}
