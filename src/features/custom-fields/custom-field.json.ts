import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { CustomFieldDefinition } from './custom-field.repository.js';

const hasOptions = (d: CustomFieldDefinition): boolean => d.type === 'select' || d.type === 'multiselect';

export function customFieldJson(d: CustomFieldDefinition): ContractSchema<'CustomFieldDefinition'> {
  return compact<ContractSchema<'CustomFieldDefinition'>>({
    id: d.id,
    slug: d.slug,
    label: d.label,
    description: d.description,
    type: d.type,
    object_type: d.objectType,
    // Fields made through the API; fields synced from integrations would be read-only.
    source: 'api',
    is_read_only: false,
    default_value: d.defaultValue,
    default_values: d.type === 'multiselect' ? d.defaultValues : null,
    select_metadata: hasOptions(d)
      ? {
          options: d.selectOptions.map((o) =>
            compact({ slug: o.slug, label: o.label, ai_description: o.aiDescription }),
          ),
        }
      : null,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
  });
}
