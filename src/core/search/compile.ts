import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { foldAscii, type Dialect } from '../store/dialect.js';
import type { Condition, ConditionOperator, FieldCatalogue, FilterNode } from './filter.js';

/** How one field of a resource reads in SQL, given the condition on it and the database's dialect. */
export type FieldSql = (condition: Condition, dialect: Dialect) => Expression<SqlBool>;

/** A searchable field: the operators its operation's description allows and its SQL. */
export interface SearchField {
  operators: readonly ConditionOperator[];
  sql: FieldSql;
}

const TRUE = sql<SqlBool>`1 = 1`;
const FALSE = sql<SqlBool>`1 = 0`;
const any = (parts: Expression<SqlBool>[]) =>
  parts.length === 0 ? FALSE : sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
/** Every one of the conditions (true for none). */
export const allOf = (parts: Expression<SqlBool>[]) =>
  parts.length === 0 ? TRUE : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
const not = (part: Expression<SqlBool>) => sql<SqlBool>`not (${part})`;

/** A whole filter tree as one SQL condition. */
export function compileFilter(
  node: FilterNode,
  fields: (field: string) => SearchField | undefined,
  dialect: Dialect,
): Expression<SqlBool> {
  if ('subfilters' in node) {
    const parts = node.subfilters.map((sub) => compileFilter(sub, fields, dialect));
    return node.operator === 'and' ? allOf(parts) : any(parts);
  }
  const field = fields(node.field);
  if (!field) throw new Error(`No SQL for the search field ${node.field}`);
  return field.sql(node, dialect);
}

/** The catalogue `parseFilter` checks requests against, from a resource's fields. */
export const catalogueOf = (
  fields: Readonly<Record<string, SearchField>>,
  customField?: FieldCatalogue['customField'],
): FieldCatalogue => ({
  fields: Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.operators])),
  customField,
});

/**
 * A single-valued text column (ids, states, names). Absent values (NULL) match the negative operators: an issue
 * without an assignee is "not in" any list of assignees.
 */
export function textColumn(column: string): FieldSql {
  return (c, dialect) => textCondition(sql.ref(column), c, dialect);
}

/** The same rules for any single text value, a column or a JSON member. */
export function textCondition(value: Expression<unknown>, c: Condition, dialect: Dialect): RawBuilder<SqlBool> {
  const absent = sql<SqlBool>`${value} is null`;
  const inList = sql<SqlBool>`${value} in (${sql.join(c.values)})`;
  const contains = () => dialect.containsFolded(value, foldAscii(c.values[0]!));
  switch (c.operator) {
    case 'equals':
    case 'in':
    case 'contains':
      return inList;
    case 'not_equals':
    case 'not_in':
    case 'does_not_contain':
      return sql<SqlBool>`(${absent} or not (${inList}))`;
    case 'is_set':
      return sql<SqlBool>`${value} is not null`;
    case 'is_unset':
      return absent;
    case 'string_contains':
      return contains();
    case 'string_does_not_contain':
      return sql<SqlBool>`(${absent} or not (${contains()}))`;
    case 'time_is_after':
      return sql<SqlBool>`${value} > ${c.values[0]}`;
    case 'time_is_before':
      return sql<SqlBool>`${value} < ${c.values[0]}`;
    case 'time_range':
      return sql<SqlBool>`(${value} >= ${c.values[0]} and ${value} <= ${c.values[1]})`;
    default:
      return numberCondition(value, c);
  }
}

const NUMBER_SQL = {
  greater_than: sql`>`,
  less_than: sql`<`,
  greater_than_or_equals: sql`>=`,
  less_than_or_equals: sql`<=`,
} as const;

function numberCondition(value: Expression<unknown>, c: Condition): RawBuilder<SqlBool> {
  const op = NUMBER_SQL[c.operator as keyof typeof NUMBER_SQL];
  if (!op) throw new Error(`The operator ${c.operator} does not apply to a single value`);
  return sql<SqlBool>`cast(${value} as double precision) ${op} ${Number(c.values[0])}`;
}

/** A JSON array of strings in a text column (tags, domains): `contains`/`in` any of the values, or none. */
export function jsonListColumn(column: string): FieldSql {
  return (c, dialect) => {
    const array = sql.ref(column);
    if (c.operator === 'is_set') return not(dialect.jsonArrayIsEmpty(array));
    if (c.operator === 'is_unset') return dialect.jsonArrayIsEmpty(array);
    const hasAny = dialect.jsonArrayHasAny(array, c.values);
    return c.operator === 'does_not_contain' || c.operator === 'not_in' || c.operator === 'not_equals'
      ? not(hasAny)
      : hasAny;
  };
}

/**
 * A field held in related rows (followers, external ids): `rowsFor(values)` is the EXISTS subquery for rows with
 * any of the values, or with any value at all when `values` is undefined.
 */
export function relatedRows(rowsFor: (values?: readonly string[]) => Expression<SqlBool>): FieldSql {
  return (c) => {
    if (c.operator === 'is_set') return rowsFor();
    if (c.operator === 'is_unset') return not(rowsFor());
    const exists = rowsFor(c.values);
    return c.operator === 'not_in' || c.operator === 'not_equals' || c.operator === 'does_not_contain'
      ? not(exists)
      : exists;
  };
}
