import type { ContractSchema } from '../../core/contract/operation-types.js';
import { readObject } from '../../core/store/json-columns.js';

/**
 * The custom field values an object holds, as stored in its `custom_fields` column and shown by the API: keyed by
 * field slug, each `{ slug, value }` (single-valued) or `{ slug, values }` (multiselect). Search filters read this
 * text as JSON (`$.<slug>.value`, `$.<slug>.values`), so the shape is part of the storage format.
 */
export type StoredCustomFields = Record<string, ContractSchema<'CustomFieldValue'>>;

export function readCustomFields(text: string | null): StoredCustomFields {
  return readObject<StoredCustomFields>(text) ?? {};
}
