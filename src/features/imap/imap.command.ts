import type { Config } from '../../config.js';
import { offlineDeps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { openStore } from '../../core/store/open-store.js';
import { findWorkspaceById } from '../workspaces/workspace.repository.js';
import { listImapMailboxes } from './imap-mailbox.repository.js';
import { createImapMailbox, updateImapMailboxSettings } from './imap-mailbox.service.js';

export interface ImapCommandInput {
  workspaceId: string;
  address?: string;
  host: string;
  port?: number;
  tls: boolean;
  username: string;
  /** Read from the environment variable the operator named, never from the command line. */
  password?: string;
  folder?: string;
  displayName?: string;
  enabled: boolean;
}

/**
 * Connects the workspace's IMAP mailbox, or changes the one it has (the password kept when none is given). Answers
 * the mailbox as the admin endpoints do: never the password.
 */
export async function imapMailboxCommand(config: Config, input: ImapCommandInput) {
  const store = await openStore(config.databaseUrl);
  try {
    const deps = offlineDeps(config, store);
    if (!(await findWorkspaceById(store.db, input.workspaceId))) throw notFound('Workspace');
    const actor = { workspaceId: input.workspaceId };
    const settings = {
      host: input.host,
      port: input.port,
      tls: input.tls,
      username: input.username,
      password: input.password,
      folder: input.folder,
      enabled: input.enabled,
      display_name: input.displayName,
    };
    const [existing] = await listImapMailboxes(store.db, input.workspaceId);
    if (existing) {
      if (input.address && input.address.toLowerCase() !== existing.address)
        throw invalid(`The workspace's mailbox is for ${existing.address}`);
      return await updateImapMailboxSettings(deps, actor, existing.id, settings);
    }
    if (settings.password === undefined) throw invalid('A new mailbox needs its password (--password-env VAR)');
    return await createImapMailbox(deps, actor, { ...settings, password: settings.password, address: input.address });
  } finally {
    await store.close();
  }
}
