import type { Db } from '../../core/store/database.js';
import type { AccountRow } from './account.table.js';
import { readStringArray, toFlag, toJsonColumn } from '../../core/store/json-columns.js';
import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { Page } from '../../core/store/keyset.js';
import { readCustomFields, type StoredCustomFields } from '../custom-fields/stored-values.js';
import { catalogTags } from '../tags/tag.repository.js';

export interface ExternalId {
  externalId: string;
  label: string | null;
}

export interface Account {
  id: string;
  workspaceId: string;
  name: string;
  type: string;
  domains: string[];
  primaryDomain: string | null;
  ownerId: string | null;
  tags: string[];
  externalIds: ExternalId[];
  isDisabled: boolean;
  logoUrl: string | null;
  channels: AccountChannel[];
  customFields: StoredCustomFields;
  createdAt: string;
  updatedAt: string;
}

export type AccountChannel = ContractSchema<'Channel'>;

/** A new account is enabled, without logo or channels, unless told otherwise. */
export type NewAccount = Omit<Account, 'isDisabled' | 'logoUrl' | 'channels' | 'customFields'> & Partial<Account>;

function readChannels(text: string): AccountChannel[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((c): c is AccountChannel => c !== null && typeof c === 'object') : [];
}

async function withExternalIds(db: Db, rows: AccountRow[]): Promise<Account[]> {
  if (rows.length === 0) return [];
  const ids = await db
    .selectFrom('account_external_ids')
    .selectAll()
    .where(
      'account_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    type: row.type,
    domains: readStringArray(row.domains),
    primaryDomain: row.primary_domain,
    ownerId: row.owner_id,
    tags: readStringArray(row.tags),
    externalIds: ids.filter((e) => e.account_id === row.id).map((e) => ({ externalId: e.external_id, label: e.label })),
    isDisabled: row.is_disabled === 1,
    logoUrl: row.logo_url,
    channels: readChannels(row.channels),
    customFields: readCustomFields(row.custom_fields),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export async function insertAccount(db: Db, account: NewAccount): Promise<void> {
  await db
    .insertInto('accounts')
    .values({
      id: account.id,
      workspace_id: account.workspaceId,
      name: account.name,
      type: account.type,
      domains: toJsonColumn(account.domains),
      primary_domain: account.primaryDomain,
      owner_id: account.ownerId,
      tags: toJsonColumn(account.tags),
      is_disabled: toFlag(account.isDisabled ?? false),
      logo_url: account.logoUrl ?? null,
      channels: toJsonColumn(account.channels ?? []),
      custom_fields: toJsonColumn(account.customFields ?? {}),
      created_at: account.createdAt,
      updated_at: account.updatedAt,
    })
    .execute();
  await catalogTags(db, account.workspaceId, 'account', account.tags);
  if (account.externalIds.length > 0) {
    await db
      .insertInto('account_external_ids')
      .values(
        account.externalIds.map((e, position) => ({
          workspace_id: account.workspaceId,
          external_id: e.externalId,
          account_id: account.id,
          label: e.label,
          position,
        })),
      )
      .execute();
  }
}

export async function findAccountById(db: Db, workspaceId: string, id: string): Promise<Account | undefined> {
  const row = await db
    .selectFrom('accounts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && (await withExternalIds(db, [row]))[0];
}

/** The account whose id or external id is `idOrExternalId`. */
export async function findAccountByIdOrExternalId(
  db: Db,
  workspaceId: string,
  idOrExternalId: string,
): Promise<Account | undefined> {
  const byId = await findAccountById(db, workspaceId, idOrExternalId);
  if (byId) return byId;
  const accountId = await findAccountIdByExternalId(db, workspaceId, idOrExternalId);
  return accountId ? findAccountById(db, workspaceId, accountId) : undefined;
}

export async function findAccountIdByExternalId(
  db: Db,
  workspaceId: string,
  externalId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('account_external_ids')
    .select('account_id')
    .where('workspace_id', '=', workspaceId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return row?.account_id;
}

export async function listAccounts(db: Db, workspaceId: string, page: Page): Promise<Account[]> {
  let query = db.selectFrom('accounts').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  if (page.matching) query = query.where(page.matching);
  return withExternalIds(
    db,
    await query
      .orderBy('id')
      .limit(page.limit + 1)
      .execute(),
  );
}

/** External ids of many accounts at once, for embedding MiniAccount objects. */
export async function findExternalIdsByAccount(db: Db, accountIds: string[]): Promise<Map<string, ExternalId[]>> {
  const map = new Map<string, ExternalId[]>();
  if (accountIds.length === 0) return map;
  const rows = await db
    .selectFrom('account_external_ids')
    .selectAll()
    .where('account_id', 'in', [...new Set(accountIds)])
    .orderBy('position')
    .execute();
  for (const r of rows) {
    const list = map.get(r.account_id) ?? [];
    list.push({ externalId: r.external_id, label: r.label });
    map.set(r.account_id, list);
  }
  return map;
}

/** Saves an account's fields (not its id, workspace, external ids or creation time). */
export async function updateAccountRow(db: Db, account: Account): Promise<void> {
  await db
    .updateTable('accounts')
    .set({
      name: account.name,
      type: account.type,
      domains: toJsonColumn(account.domains),
      primary_domain: account.primaryDomain,
      owner_id: account.ownerId,
      tags: toJsonColumn(account.tags),
      is_disabled: toFlag(account.isDisabled),
      logo_url: account.logoUrl,
      channels: toJsonColumn(account.channels),
      custom_fields: toJsonColumn(account.customFields),
      updated_at: account.updatedAt,
    })
    .where('workspace_id', '=', account.workspaceId)
    .where('id', '=', account.id)
    .execute();
  await catalogTags(db, account.workspaceId, 'account', account.tags);
}

/** Replaces an account's external ids with these, in this order. */
export async function replaceAccountExternalIds(
  db: Db,
  account: Pick<Account, 'workspaceId' | 'id'>,
  ids: ExternalId[],
) {
  await db.deleteFrom('account_external_ids').where('account_id', '=', account.id).execute();
  if (ids.length === 0) return;
  await db
    .insertInto('account_external_ids')
    .values(
      ids.map((e, position) => ({
        workspace_id: account.workspaceId,
        external_id: e.externalId,
        account_id: account.id,
        label: e.label,
        position,
      })),
    )
    .execute();
}

export async function findAccountsByIds(db: Db, workspaceId: string, ids: string[]): Promise<Account[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('accounts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return withExternalIds(db, rows);
}

/**
 * Deletes an account; its issues and contacts stay, without an account. (Its external ids, relationships,
 * activities and highlights go with it.)
 */
export async function deleteAccountRow(db: Db, workspaceId: string, id: string, updatedAt: string) {
  const issues = await db
    .updateTable('issues')
    .set({ account_id: null, updated_at: updatedAt })
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', id)
    .executeTakeFirst();
  const contacts = await db
    .updateTable('contacts')
    .set({ account_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', id)
    .executeTakeFirst();
  await db.deleteFrom('accounts').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  return { issues: Number(issues.numUpdatedRows), contacts: Number(contacts.numUpdatedRows) };
}
