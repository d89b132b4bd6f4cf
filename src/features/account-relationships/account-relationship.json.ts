import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { AccountRelationship } from '../accounts/account-links.repository.js';

export function accountRelationshipJson(r: AccountRelationship): ContractSchema<'AccountRelationship'> {
  return {
    id: r.id,
    child_account_id: r.childAccountId,
    parent_account_id: r.parentAccountId,
    related_object_id: r.parentAccountId,
    relationship_type: r.relationshipType,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}
