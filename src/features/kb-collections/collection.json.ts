import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { Collection } from './collection.repository.js';

export function collectionJson(c: Collection): ContractSchema<'Collection'> {
  return compact<ContractSchema<'Collection'>>({
    id: c.id,
    title: c.title,
    slug: c.slug,
    description: c.description,
    parent_collection_id: c.parentCollectionId,
    visibility_config: c.visibilityConfig,
    created_at: c.createdAt,
  });
}
