import type { ContractBody } from '../../core/contract/operation-types.js';
import { isUniqueViolation } from '../../core/store/database.js';
import {
  findAccountByIdOrExternalId,
  findAccountIdByExternalId,
  insertAccount,
  listAccounts as listAccountRows,
  type Account,
} from './account.repository.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { accountJson } from './account.json.js';
import { nowIso } from '../../core/clock.js';
import { requireUser } from '../users/user.service.js';
import { customFieldValuesForNewObject } from '../custom-fields/custom-field-values.js';

export const ACCOUNT_TYPES = ['customer', 'internal', 'community', 'partner'];
const DOMAIN = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;

/** As the contract defines it. */
export type CreateAccountInput = ContractBody<'POST', '/accounts'>;

export function normalizeDomains(input: Pick<CreateAccountInput, 'domains' | 'domain' | 'primary_domain'>): {
  domains: string[];
  primary: string | null;
} {
  const domains = [
    ...new Set((input.domains ?? (input.domain ? [input.domain] : [])).map((d) => d.trim().toLowerCase())),
  ];
  for (const d of domains)
    if (!DOMAIN.test(d)) throw invalid(`domains: "${d}" is not a domain name (no scheme, e.g. stripe.com)`);
  const primary = input.primary_domain?.trim().toLowerCase() || domains[0] || null;
  if (primary !== null && !domains.includes(primary)) throw invalid('primary_domain must be one of domains');
  return { domains, primary };
}

export async function createAccount(deps: Deps, actor: Actor, input: CreateAccountInput) {
  const name = input.name.trim();
  if (name === '') throw invalid('name must not be empty');
  const type = input.account_type ?? 'customer';
  if (!ACCOUNT_TYPES.includes(type)) throw invalid(`account_type must be one of ${ACCOUNT_TYPES.join(', ')}`);
  const { domains, primary } = normalizeDomains(input);
  const externalIds = (input.external_ids ?? []).map((e) => {
    const externalId = e.external_id?.trim() ?? '';
    if (externalId === '') throw invalid('external_ids: every entry needs an external_id');
    return { externalId, label: e.label ?? null };
  });
  if (new Set(externalIds.map((e) => e.externalId)).size !== externalIds.length)
    throw invalid('external_ids must be unique');

  const db = deps.store.db;
  const now = nowIso();
  const account: Account = {
    id: newId(),
    workspaceId: actor.workspaceId,
    name,
    type,
    domains,
    primaryDomain: primary,
    ownerId: input.owner_id ? (await requireUser(db, actor, input.owner_id)).id : null,
    tags: [...new Set(input.tags ?? [])],
    externalIds,
    isDisabled: false,
    logoUrl: input.logo_url ?? null,
    channels: [],
    customFields: await customFieldValuesForNewObject(db, actor, 'account', input.custom_fields),
    createdAt: now,
    updatedAt: now,
  };
  const failIfTaken = async () => {
    for (const e of externalIds) {
      const existing = await findAccountIdByExternalId(db, actor.workspaceId, e.externalId);
      if (existing) throw duplicate(`An account with external id ${e.externalId} already exists`, existing);
    }
  };
  await failIfTaken();
  try {
    await db.transaction().execute((trx) => insertAccount(trx, account));
  } catch (error) {
    if (isUniqueViolation(error)) await failIfTaken();
    throw error;
  }
  return accountJson(account);
}

export async function getAccount(deps: Deps, actor: Actor, idOrExternalId: string) {
  const account = await findAccountByIdOrExternalId(deps.store.db, actor.workspaceId, idOrExternalId);
  if (!account) throw notFound('Account');
  return accountJson(account);
}

export const listAccounts = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `accounts:${actor.workspaceId}`,
    query,
    (page) => listAccountRows(deps.store.db, actor.workspaceId, page),
    (rows) => rows.map(accountJson),
  );
