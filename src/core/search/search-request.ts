import { Type, type Static } from '@sinclair/typebox';
import type { Expression, SqlBool } from 'kysely';
import type { Db } from '../store/database.js';
import { dialectOf } from '../store/dialect.js';
import type { Page } from '../store/keyset.js';
import { pageById, type Pagination } from '../pagination.js';
import { allOf, catalogueOf, compileFilter, type SearchField } from './compile.js';
import { parseFilter } from './filter.js';

/**
 * The body of every `POST /…/search`. `filter` is checked by `parseFilter` rather than by the schema, so that the
 * shapes real clients send (a `time_range` object value, the form keyed by field name) are understood and anything
 * else is refused with a 400 naming the field or operator.
 */
export const SearchBody = Type.Object(
  {
    filter: Type.Optional(Type.Unknown({ description: "A Filter as the contract's `Filter` schema describes it." })),
    search_text: Type.Optional(Type.String({ maxLength: 500 })),
    cursor: Type.Optional(Type.String()),
    limit: Type.Optional(Type.Integer()),
  },
  { additionalProperties: true },
);
export type SearchBody = Static<typeof SearchBody>;

/** What a search operation knows of its resource. */
export interface Searchable<Row extends { id: string }, Item> {
  /** Names the list in cursors. */
  scope: string;
  fields: Readonly<Record<string, SearchField>>;
  /** Custom fields of the resource by slug, when it has them. */
  customFields?: ReadonlyMap<string, SearchField>;
  /** The condition `search_text` adds, when the resource offers text search. */
  textMatch?: (text: string) => Expression<SqlBool>;
  fetch: (page: Page) => Promise<Row[]>;
  present: (rows: Row[]) => Item[] | Promise<Item[]>;
}

/** One page of a search: the filter and the text compiled to one condition, rows in id (creation) order. */
export async function searchPage<Row extends { id: string }, Item>(
  db: Db,
  body: SearchBody,
  resource: Searchable<Row, Item>,
): Promise<{ data: Item[]; pagination: Pagination }> {
  const custom = resource.customFields;
  const fieldOf = (name: string) => (Object.hasOwn(resource.fields, name) ? resource.fields[name] : custom?.get(name));
  const catalogue = catalogueOf(resource.fields, (slug) => custom?.get(slug)?.operators);
  const conditions: Expression<SqlBool>[] = [];
  if (body.filter !== undefined && body.filter !== null) {
    conditions.push(compileFilter(parseFilter(body.filter, catalogue), fieldOf, dialectOf(db)));
  }
  const text = body.search_text?.trim();
  if (text && resource.textMatch) conditions.push(resource.textMatch(text));
  const matching = conditions.length === 0 ? undefined : allOf(conditions);
  return pageById(resource.scope, body, (page) => resource.fetch({ ...page, matching }), resource.present);
}
