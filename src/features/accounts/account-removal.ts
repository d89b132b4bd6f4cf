import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import type { Db } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { deleteAttachmentsOfAccount, moveAttachmentsOfAccount } from '../attachments/attachment.repository.js';
import { deleteBlobs } from '../attachments/attachment.service.js';
import { accountJson } from './account.json.js';
import { moveAccountRecords, moveAccountRelationships } from './account-merge.repository.js';
import {
  deleteAccountRow,
  findAccountById,
  findAccountByIdOrExternalId,
  updateAccountRow,
  type Account,
} from './account.repository.js';

async function requireAccount(db: Db, actor: Actor, idOrExternalId: string): Promise<Account> {
  const account = await findAccountByIdOrExternalId(db, actor.workspaceId, idOrExternalId);
  if (!account) throw notFound('Account');
  return account;
}

/** Deletes the account, announced and audited; with `merge`, what of it moved and where. */
async function removeAccount(db: Db, actor: Actor, account: Account, at: string, merge?: Record<string, string>) {
  const unlinked = await deleteAccountRow(db, actor.workspaceId, account.id, at);
  await recordEvent(db, {
    workspaceId: actor.workspaceId,
    type: 'account.deleted',
    subjectId: account.id,
    payload: { account_id: account.id },
  });
  await recordAudit(db, {
    workspaceId: actor.workspaceId,
    actorUserId: actor.userId,
    action: merge ? 'account.merged' : 'account.deleted',
    objectType: 'account',
    objectId: account.id,
    attributes: merge ?? { issue_count: String(unlinked.issues), contact_count: String(unlinked.contacts) },
  });
}

/** `DELETE /accounts/{id}`: its issues and contacts stay, without an account; the rest of it goes. */
export async function deleteAccount(deps: Deps, actor: Actor, idOrExternalId: string): Promise<void> {
  const files = await deps.store.db.transaction().execute(async (trx) => {
    const account = await requireAccount(trx, actor, idOrExternalId);
    await removeAccount(trx, actor, account, nowIso());
    return deleteAttachmentsOfAccount(trx, actor.workspaceId, account.id);
  });
  // The account's uploaded files go with it, once the deletion is committed.
  await deleteBlobs(deps, files);
}

/** The survivor gains the merged account's domains and channels (its own primary ones stay primary). */
function absorb(target: Account, merged: Account): Account {
  const domains = [...new Set([...target.domains, ...merged.domains])];
  const hasPrimaryChannel = target.channels.some((c) => c.is_primary);
  const known = new Set(target.channels.map((c) => `${c.source}:${c.channel_id}`));
  const channels = [
    ...target.channels,
    ...merged.channels
      .filter((c) => !known.has(`${c.source}:${c.channel_id}`))
      .map((c) => (hasPrimaryChannel ? { ...c, is_primary: false } : c)),
  ];
  return { ...target, domains, primaryDomain: target.primaryDomain ?? merged.primaryDomain, channels };
}

/**
 * `POST /accounts/merge`: every merged account's issues, contacts, external ids, domains, channels, relationships,
 * activities and highlights move to the survivor, and the merged accounts are deleted (tags and custom fields are
 * not carried over). All in one transaction: a merge happens entirely or not at all.
 */
export async function mergeAccounts(deps: Deps, actor: Actor, input: ContractBody<'POST', '/accounts/merge'>) {
  const ids = [...new Set(input.merge_account_ids)];
  if (ids.length < 1 || ids.length > 100) throw invalid('merge_account_ids must name between 1 and 100 accounts');
  return deps.store.db.transaction().execute(async (trx) => {
    let target = await requireAccount(trx, actor, input.merge_into_account_id);
    const merged: Account[] = [];
    // An account named twice (by id and by an external id) is merged once.
    for (const id of ids) {
      const account = await requireAccount(trx, actor, id);
      if (!merged.some((m) => m.id === account.id)) merged.push(account);
    }
    if (merged.some((m) => m.id === target.id)) throw invalid('An account cannot be merged into itself');
    const at = nowIso();
    for (const account of merged) {
      const moved = await moveAccountRecords(trx, actor.workspaceId, account.id, target.id, at);
      await moveAccountRelationships(trx, actor.workspaceId, account.id, target.id);
      await moveAttachmentsOfAccount(trx, actor.workspaceId, account.id, target.id);
      target = { ...absorb(target, account), updatedAt: at };
      const audit = {
        merged_into: target.id,
        issue_count: String(moved.issues),
        contact_count: String(moved.contacts),
      };
      await removeAccount(trx, actor, account, at, audit);
    }
    await updateAccountRow(trx, target);
    const json = accountJson((await findAccountById(trx, actor.workspaceId, target.id))!);
    const mergedIds = merged.map((m) => m.id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'account.merged',
      subjectId: target.id,
      payload: { account: json, merged_account_ids: mergedIds },
    });
    return json;
  });
}
