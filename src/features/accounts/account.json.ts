import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { Account, ExternalId } from './account.repository.js';

export const externalIdsJson = (ids: ExternalId[]) =>
  ids.map((e) => compact({ external_id: e.externalId, label: e.label }));

export function accountJson(account: Account): ContractSchema<'Account'> {
  return compact<ContractSchema<'Account'>>({
    id: account.id,
    name: account.name,
    type: account.type,
    domain: account.primaryDomain ?? account.domains[0] ?? null,
    domains: account.domains,
    primary_domain: account.primaryDomain,
    owner: account.ownerId ? { id: account.ownerId } : null,
    tags: account.tags,
    external_ids: externalIdsJson(account.externalIds),
    custom_fields: account.customFields,
    channels: account.channels,
    is_disabled: account.isDisabled,
    created_at: account.createdAt,
    updated_at: account.updatedAt,
  });
}
