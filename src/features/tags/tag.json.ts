import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { Tag } from './tag.repository.js';

export function tagJson(tag: Tag): ContractSchema<'Tag'> {
  return compact<ContractSchema<'Tag'>>({
    id: tag.id,
    value: tag.value,
    object_type: tag.objectType,
    hex_color: tag.hexColor,
  });
}
