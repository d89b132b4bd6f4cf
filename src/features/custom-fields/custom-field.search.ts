import { sql, type SqlBool } from 'kysely';
import { textCondition, type SearchField } from '../../core/search/compile.js';
import type { ConditionOperator } from '../../core/search/filter.js';
import type { Db } from '../../core/store/database.js';
import { listCustomFields, type CustomFieldType, type ValueObjectType } from './custom-field.repository.js';

const PRESENCE: readonly ConditionOperator[] = ['is_set', 'is_unset'];
const EQUALITY: readonly ConditionOperator[] = ['equals', 'not_equals', 'in', 'not_in', ...PRESENCE];
const TIMES: readonly ConditionOperator[] = ['time_is_after', 'time_is_before', 'time_range'];
const NUMBERS: readonly ConditionOperator[] = [
  'greater_than',
  'less_than',
  'greater_than_or_equals',
  'less_than_or_equals',
];

/** The operators a custom field accepts in a search filter, by its type. */
function operatorsOf(type: CustomFieldType): readonly ConditionOperator[] {
  switch (type) {
    case 'multiselect':
      return ['contains', 'does_not_contain', 'in', 'not_in', ...PRESENCE];
    case 'number':
    case 'decimal':
      return [...EQUALITY, ...NUMBERS];
    case 'date':
    case 'datetime':
      return [...EQUALITY, ...TIMES];
    case 'text':
    case 'url':
      return [...EQUALITY, 'string_contains', 'string_does_not_contain'];
    default:
      return EQUALITY;
  }
}

/**
 * A custom value (`{slug: {value} | {values}}` in a JSON column: custom fields, custom objects' fields) as a search
 * field: the operators its type accepts and how a filter reads it.
 */
export function customValueSearchField(slug: string, type: CustomFieldType, column: string): SearchField {
  return { operators: operatorsOf(type), sql: fieldSql(slug, type, column) };
}

/** How a filter on one custom value reads the object's stored values (the JSON column, by slug). */
function fieldSql(slug: string, type: CustomFieldType, column: string): SearchField['sql'] {
  if (type === 'multiselect') {
    return (c, dialect) => {
      const values = dialect.jsonMemberJson(sql.ref(column), slug, 'values');
      if (c.operator === 'is_set') return sql<SqlBool>`not (${dialect.jsonArrayIsEmpty(values)})`;
      if (c.operator === 'is_unset') return dialect.jsonArrayIsEmpty(values);
      const hasAny = dialect.jsonArrayHasAny(values, c.values);
      return c.operator === 'contains' || c.operator === 'in' ? hasAny : sql<SqlBool>`not (${hasAny})`;
    };
  }
  // A date is stored as YYYY-MM-DD: time bounds compare by their day.
  return (c, dialect) => {
    const values = type === 'date' && TIMES.includes(c.operator) ? c.values.map((v) => v.slice(0, 10)) : c.values;
    return textCondition(dialect.jsonMember(sql.ref(column), slug, 'value'), { ...c, values }, dialect);
  };
}

/** The custom fields of an object type as search fields, by slug, for `searchPage`. */
export async function customFieldSearchFields(
  db: Db,
  workspaceId: string,
  objectType: ValueObjectType,
  column: string,
): Promise<Map<string, SearchField>> {
  const definitions = await listCustomFields(db, workspaceId, objectType);
  return new Map(definitions.map((d) => [d.slug, customValueSearchField(d.slug, d.type, column)]));
}
