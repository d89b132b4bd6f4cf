import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { CustomObjectType } from './custom-object-type.repository.js';
import type { CustomObject } from './custom-object.repository.js';

/** A record as the API shows it: the account link is a relation, not a custom field value. */
export function customObjectJson(type: CustomObjectType, object: CustomObject): ContractSchema<'APICustomObject'> {
  return {
    id: object.id,
    type: type.slug,
    name: object.name,
    custom_fields: object.customFields,
    relations: object.accountId ? [{ object_id: object.accountId, object_type: 'account' }] : [],
    created_at: object.createdAt,
    updated_at: object.updatedAt,
  };
}
