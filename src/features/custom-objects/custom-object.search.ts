import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { textColumn, type SearchField } from '../../core/search/compile.js';
import type { ConditionOperator } from '../../core/search/filter.js';
import { searchPage, type SearchBody } from '../../core/search/search-request.js';
import { customValueSearchField } from '../custom-fields/custom-field.search.js';
import { requireCustomObjectType } from './custom-object-type.service.js';
import { customObjectJson } from './custom-object.json.js';
import { listCustomObjects } from './custom-object.repository.js';
import { customObjectPageSize } from './custom-object.service.js';
import { ACCOUNT_FIELD } from './custom-object-values.js';

const PRESENCE: readonly ConditionOperator[] = ['is_set', 'is_unset'];
const TIMES: readonly ConditionOperator[] = ['time_is_after', 'time_is_before', 'time_range'];
const VALUES = 'custom_objects.custom_fields';

/** The fields `POST /custom-objects/{type}/search` filters on, with the operators its description allows. */
export const CUSTOM_OBJECT_SEARCH_FIELDS: Readonly<Record<string, SearchField>> = {
  name: {
    operators: ['equals', 'in', 'not_in', 'string_contains', 'string_does_not_contain', ...PRESENCE],
    sql: textColumn('custom_objects.name'),
  },
  created_at: { operators: TIMES, sql: textColumn('custom_objects.created_at') },
  updated_at: { operators: TIMES, sql: textColumn('custom_objects.updated_at') },
  // The built-in Account relationship field, filtered by the account's id like any relationship value.
  [ACCOUNT_FIELD]: { operators: ['equals', 'in', 'not_in', ...PRESENCE], sql: textColumn('custom_objects.account_id') },
};

/** `POST /custom-objects/{type}/search`: the built-in fields, and the type's own fields by slug. */
export async function searchCustomObjects(deps: Deps, actor: Actor, typeSlug: string, body: SearchBody) {
  const db = deps.store.db;
  const type = await requireCustomObjectType(db, actor, typeSlug);
  const customFields = new Map(type.fields.map((f) => [f.slug, customValueSearchField(f.slug, f.type, VALUES)]));
  return searchPage(
    db,
    { ...body, limit: customObjectPageSize(body.limit) },
    {
      customFields,
      scope: `custom-objects:search:${type.id}`,
      fields: CUSTOM_OBJECT_SEARCH_FIELDS,
      fetch: (page) => listCustomObjects(db, actor.workspaceId, type.id, page),
      present: (rows) => rows.map((row) => customObjectJson(type, row)),
    },
  );
}
