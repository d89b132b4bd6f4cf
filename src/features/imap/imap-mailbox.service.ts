import type { Static } from '@sinclair/typebox';
import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import type { Db } from '../../core/store/database.js';
import { setSupportAddress } from '../email/inbound-email.js';
import { findWorkspaceById, setWorkspaceSupportDisplayName } from '../workspaces/workspace.repository.js';
import { connectImap, describeImapError, disconnectImap } from './imap-client.js';
import { imapMailboxJson } from './imap-mailbox.json.js';
import {
  deleteImapMailbox,
  findImapMailbox,
  findImapMailboxByAddress,
  insertImapMailbox,
  listImapMailboxes,
  updateImapMailbox,
  type ImapMailbox,
} from './imap-mailbox.repository.js';
import type { CREATE_IMAP_MAILBOX, UPDATE_IMAP_MAILBOX } from './imap.schemas.js';

export type CreateImapMailboxInput = Static<typeof CREATE_IMAP_MAILBOX>;
export type UpdateImapMailboxInput = Static<typeof UPDATE_IMAP_MAILBOX>;

// What a TypeBox schema checks over HTTP, checked again for the CLI, which has none.
function checkServer(input: { host?: string; port?: number; username?: string; password?: string; folder?: string }) {
  if (input.host !== undefined && !/^[^\s/@]{1,253}$/.test(input.host)) throw invalid('host must be a host name');
  if (input.port !== undefined && (!Number.isInteger(input.port) || input.port < 1 || input.port > 65535))
    throw invalid('port must be a whole number from 1 to 65535');
  if (input.username !== undefined && input.username.trim() === '') throw invalid('username must not be empty');
  if (input.password !== undefined && input.password === '') throw invalid('password must not be empty');
  if (input.folder !== undefined && input.folder.trim() === '') throw invalid('folder must not be empty');
}

/** The display name as stored: trimmed, without control characters, none when empty. */
export function cleanDisplayName(name: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters have no place in a header
  const cleaned = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (cleaned.length > 200) throw invalid('display_name must be at most 200 characters');
  return cleaned === '' ? null : cleaned;
}

async function present(db: Db, mailbox: ImapMailbox) {
  const workspace = await findWorkspaceById(db, mailbox.workspaceId);
  return imapMailboxJson(mailbox, workspace?.support_display_name ?? null);
}

async function requireMailbox(db: Db, actor: Pick<Actor, 'workspaceId'>, id: string): Promise<ImapMailbox> {
  const mailbox = await findImapMailbox(db, actor.workspaceId, id);
  if (!mailbox) throw notFound('IMAP mailbox');
  return mailbox;
}

/**
 * The address a new mailbox is for: the workspace's support address. A workspace without one gets the given
 * address as its support address (refused when another workspace receives mail for it).
 */
async function supportAddressFor(trx: Db, workspaceId: string, requested: string | undefined): Promise<string> {
  const workspace = await findWorkspaceById(trx, workspaceId);
  if (!workspace) throw notFound('Workspace');
  const current = workspace.support_email;
  const address = requested?.trim().toLowerCase();
  if (current && address && address !== current)
    throw invalid(`address must be the workspace's support address (${current})`);
  if (current) return current;
  if (!address) throw invalid('address is required: the workspace has no support address yet');
  await setSupportAddress(trx, workspaceId, address);
  return address;
}

/** A mailbox for the workspace's support address; one per address. */
export async function createImapMailbox(deps: Deps, actor: Pick<Actor, 'workspaceId'>, input: CreateImapMailboxInput) {
  checkServer(input);
  const tls = input.tls ?? true;
  return deps.store.db.transaction().execute(async (trx) => {
    const address = await supportAddressFor(trx, actor.workspaceId, input.address);
    const existing = await findImapMailboxByAddress(trx, address);
    if (existing) throw duplicate(`A mailbox for ${address} already exists`, existing.id);
    const id = newId();
    await insertImapMailbox(trx, {
      id,
      workspaceId: actor.workspaceId,
      address,
      host: input.host.trim(),
      port: input.port ?? (tls ? 993 : 143),
      tls,
      username: input.username,
      password: input.password,
      folder: input.folder?.trim() || 'INBOX',
      enabled: input.enabled ?? true,
      createdAt: nowIso(),
    });
    if (input.display_name !== undefined)
      await setWorkspaceSupportDisplayName(trx, actor.workspaceId, cleanDisplayName(input.display_name));
    return present(trx, await requireMailbox(trx, actor, id));
  });
}

export async function updateImapMailboxSettings(
  deps: Deps,
  actor: Pick<Actor, 'workspaceId'>,
  id: string,
  input: UpdateImapMailboxInput,
) {
  checkServer(input);
  return deps.store.db.transaction().execute(async (trx) => {
    await requireMailbox(trx, actor, id);
    const { display_name: displayName, ...settings } = input;
    await updateImapMailbox(trx, actor.workspaceId, id, { ...settings, host: settings.host?.trim() }, nowIso());
    if (displayName !== undefined)
      await setWorkspaceSupportDisplayName(trx, actor.workspaceId, cleanDisplayName(displayName));
    return present(trx, await requireMailbox(trx, actor, id));
  });
}

export const getImapMailbox = async (deps: Deps, actor: Actor, id: string) =>
  present(deps.store.db, await requireMailbox(deps.store.db, actor, id));

export const listImapMailboxesPage = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `imap-mailboxes:${actor.workspaceId}`,
    query,
    (page) => listImapMailboxes(deps.store.db, actor.workspaceId, page),
    async (rows) => Promise.all(rows.map((m) => present(deps.store.db, m))),
  );

/** Every mailbox of the workspace (the CLI). */
export const listAllImapMailboxes = async (deps: Pick<Deps, 'store'>, workspaceId: string) =>
  Promise.all((await listImapMailboxes(deps.store.db, workspaceId)).map((m) => present(deps.store.db, m)));

/** Stops reading the mailbox; what was filed from it stays. */
export async function removeImapMailbox(deps: Deps, actor: Actor, id: string): Promise<void> {
  if (!(await deleteImapMailbox(deps.store.db, actor.workspaceId, id))) throw notFound('IMAP mailbox');
}

/** Logs in and opens the folder read-only, changing nothing: whether the settings work, and if not, why. */
export async function testImapMailbox(deps: Deps, actor: Actor, id: string) {
  const mailbox = await requireMailbox(deps.store.db, actor, id);
  try {
    const client = await connectImap(mailbox);
    try {
      const status = await client.status(mailbox.folder, { messages: true });
      return { ok: true, messages: status ? status.messages : undefined };
    } finally {
      await disconnectImap(client);
    }
  } catch (error) {
    return { ok: false, error: describeImapError(error, mailbox.password) };
  }
}
