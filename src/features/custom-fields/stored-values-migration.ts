import type { Db } from '../../core/store/database.js';
import { rewriteStoredValues, VALUE_TABLES, type CustomFieldDefinition } from './custom-field.repository.js';
import type { StoredCustomFields } from './stored-values.js';

/**
 * Carries a field's change over to the values objects hold for it: a new slug moves each value to the new key, and
 * select options taken out leave the values (a multiselect keeps its other options). Returns how many objects
 * changed.
 */
export async function moveStoredValues(db: Db, before: CustomFieldDefinition, after: CustomFieldDefinition) {
  if (!(before.objectType in VALUE_TABLES)) return 0;
  const removed = before.selectOptions.filter((o) => !after.selectOptions.some((n) => n.slug === o.slug));
  if (before.slug === after.slug && removed.length === 0) return 0;
  const gone = new Set(removed.map((o) => o.slug));
  const rewrite = (stored: StoredCustomFields[string]): StoredCustomFields => {
    if (stored.values !== undefined) {
      const values = stored.values.filter((v) => !gone.has(v));
      return values.length > 0 ? { [after.slug]: { slug: after.slug, values } } : {};
    }
    if (stored.value === undefined || gone.has(stored.value)) return {};
    return { [after.slug]: { slug: after.slug, value: stored.value } };
  };
  const objectType = before.objectType as keyof typeof VALUE_TABLES;
  return rewriteStoredValues(db, before.workspaceId, objectType, before.slug, rewrite);
}
