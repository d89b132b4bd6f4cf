import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import { recordEvent } from '../events/event.service.js';
import { avatarUrl } from '../users/avatar-url.js';
import { requireUser } from '../users/user.service.js';
import { accountChannels, applyTags, externalIdsOf, updatedAccountType } from './account-fields.js';
import { findParentLink, insertRelationship, isAncestor } from './account-links.repository.js';
import { accountJson } from './account.json.js';
import {
  findAccountById,
  findAccountByIdOrExternalId,
  findAccountIdByExternalId,
  findAccountsByIds,
  replaceAccountExternalIds,
  updateAccountRow,
  type Account,
  type ExternalId,
} from './account.repository.js';
import { normalizeDomains } from './account.service.js';
import { mergeCustomFieldValues } from '../custom-fields/custom-field-values.js';

/** As the contract defines it. */
export type UpdateAccountInput = ContractBody<'PATCH', '/accounts/:id'>;
export type UpdateAccountsInput = ContractBody<'PATCH', '/accounts'>;

async function applyUpdate(db: Db, actor: Actor, account: Account, input: UpdateAccountInput): Promise<Account> {
  const next = { ...account, updatedAt: nowIso() };
  if (input.name !== undefined) {
    next.name = input.name.trim();
    if (next.name === '') throw invalid('name must not be empty');
  }
  if (input.account_type !== undefined) next.type = updatedAccountType(input.account_type);
  if (input.domains !== undefined) {
    const { domains, primary } = normalizeDomains(input);
    Object.assign(next, { domains, primaryDomain: primary });
  } else if (input.primary_domain !== undefined) {
    const primary = input.primary_domain.trim().toLowerCase();
    if (!account.domains.includes(primary)) throw invalid('primary_domain must be one of domains');
    next.primaryDomain = primary;
  }
  if (input.owner_id !== undefined) {
    next.ownerId = input.owner_id === '' ? null : (await requireUser(db, actor, input.owner_id)).id;
  }
  if (input.tags !== undefined) next.tags = applyTags(account.tags, input.tags);
  if (input.is_disabled !== undefined) next.isDisabled = input.is_disabled;
  if (input.logo_url !== undefined) next.logoUrl = input.logo_url === '' ? null : avatarUrl(input.logo_url, 'logo_url');
  if (input.channels !== undefined) next.channels = accountChannels(input.channels);
  return next;
}

async function failIfTaken(db: Db, account: Account, externalIds: ExternalId[]): Promise<void> {
  for (const e of externalIds) {
    const owner = await findAccountIdByExternalId(db, account.workspaceId, e.externalId);
    if (owner && owner !== account.id)
      throw duplicate(`An account with external id ${e.externalId} already exists`, owner);
  }
}

/** `subaccount_ids`: each becomes a child of the account (a link already there stays as it is). */
async function addSubaccounts(db: Db, account: Account, ids: string[]): Promise<void> {
  for (const id of new Set(ids)) {
    if (!(await findAccountById(db, account.workspaceId, id))) throw notFound('Account');
    if (await isAncestor(db, account.workspaceId, id, account.id)) {
      throw invalid('subaccount_ids: an account cannot be a subaccount of itself or of its own subaccount');
    }
    const at = account.updatedAt;
    const parentLink = await findParentLink(db, account.workspaceId, id);
    if (parentLink && parentLink.parent_account_id !== account.id) {
      throw duplicate('subaccount_ids: the account already has another parent account', parentLink.id);
    }
    await insertRelationship(db, {
      id: newId(),
      workspaceId: account.workspaceId,
      childAccountId: id,
      parentAccountId: account.id,
      relationshipType: 'parent_account',
      createdAt: at,
      updatedAt: at,
    });
  }
}

async function saveAndAnnounce(db: Db, next: Account) {
  await updateAccountRow(db, next);
  const json = accountJson(next);
  await recordEvent(db, {
    workspaceId: next.workspaceId,
    type: 'account.updated',
    subjectId: next.id,
    payload: { account: json },
  });
  return json;
}

/** `PATCH /accounts/{id}` (id or external id): only the fields sent change. */
export async function updateAccount(deps: Deps, actor: Actor, idOrExternalId: string, input: UpdateAccountInput) {
  const externalIds = input.external_ids && externalIdsOf(input.external_ids);
  const save = () =>
    deps.store.db.transaction().execute(async (trx) => {
      const account = await findAccountByIdOrExternalId(trx, actor.workspaceId, idOrExternalId);
      if (!account) throw notFound('Account');
      const next = await applyUpdate(trx, actor, account, input);
      if (externalIds) {
        await failIfTaken(trx, account, externalIds);
        await replaceAccountExternalIds(trx, account, externalIds);
        next.externalIds = externalIds;
      }
      if (input.subaccount_ids) await addSubaccounts(trx, next, input.subaccount_ids);
      next.customFields = await mergeCustomFieldValues(trx, actor, 'account', next.customFields, input.custom_fields);
      return saveAndAnnounce(trx, next);
    });
  try {
    return await save();
  } catch (error) {
    // Another request took an external id between the check and the write: the retry names its owner.
    if (isUniqueViolation(error)) return save();
    throw error;
  }
}

/** `PATCH /accounts`: the same change to 1 to 100 accounts (ids), all or none, each announced. */
export async function updateAccounts(deps: Deps, actor: Actor, input: UpdateAccountsInput): Promise<void> {
  const ids = [...new Set(input.account_ids)];
  if (ids.length < 1 || ids.length > 100) throw invalid('account_ids must name between 1 and 100 accounts');
  if (input.tags_apply_mode !== undefined) applyTags([], [], input.tags_apply_mode);
  await deps.store.db.transaction().execute(async (trx) => {
    const accounts = await findAccountsByIds(trx, actor.workspaceId, ids);
    if (accounts.length !== ids.length) throw notFound('Account');
    const ownerId =
      input.owner_id === undefined || input.owner_id === '' ? null : (await requireUser(trx, actor, input.owner_id)).id;
    const type = input.account_type === undefined ? undefined : updatedAccountType(input.account_type);
    const updatedAt = nowIso();
    for (const account of accounts) {
      const next = { ...account, updatedAt };
      if (input.owner_id !== undefined) next.ownerId = ownerId;
      if (type !== undefined) next.type = type;
      if (input.tags !== undefined) next.tags = applyTags(account.tags, input.tags, input.tags_apply_mode);
      next.customFields = await mergeCustomFieldValues(trx, actor, 'account', next.customFields, input.custom_fields);
      await saveAndAnnounce(trx, next);
    }
  });
}
