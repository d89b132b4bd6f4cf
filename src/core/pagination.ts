import { invalid } from './errors.js';

/** Every list answers with this beside its data. */
export interface Pagination {
  cursor: string;
  has_next_page: boolean;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/**
 * Cursors are opaque to clients: base64url JSON naming the list they belong to (`scope`) and the position after
 * which the next page starts. A cursor from another list, or one that was altered, is refused.
 */
export function encodeCursor(scope: string, position: Record<string, string>): string {
  return Buffer.from(JSON.stringify({ s: scope, p: position })).toString('base64url');
}

export function decodeCursor(scope: string, cursor: string, keys: string[]): Record<string, string> {
  const refuse = () => invalid('cursor is not a cursor of this list');
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(cursor)) throw refuse();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  const { s, p } = (decoded ?? {}) as { s?: unknown; p?: unknown };
  if (s !== scope || p === null || typeof p !== 'object') throw refuse();
  const position = p as Record<string, unknown>;
  for (const key of keys) if (typeof position[key] !== 'string') throw refuse();
  return position as Record<string, string>;
}

/** Validates a requested page size. */
export function pageSize(limit: number | undefined, fallback = DEFAULT_PAGE_SIZE, max = MAX_PAGE_SIZE): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw invalid(`limit must be between 1 and ${max}`);
  return limit;
}

/** Splits a `limit + 1` fetch into the page and its pagination. */
export function paginate<T>(
  rows: T[],
  limit: number,
  cursorOf: (last: T) => string,
): { items: T[]; pagination: Pagination } {
  const hasNext = rows.length > limit;
  const items = hasNext ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, pagination: { cursor: hasNext && last !== undefined ? cursorOf(last) : '', has_next_page: hasNext } };
}

/**
 * One page of a list keyed on id (ids sort in creation order): decodes the cursor, fetches `limit + 1` rows after
 * it, and presents the page.
 */
export async function pageById<Row extends { id: string }, Item>(
  scope: string,
  query: { cursor?: string; limit?: number },
  fetch: (page: { afterId?: string; limit: number }) => Promise<Row[]>,
  present: (rows: Row[]) => Item[] | Promise<Item[]>,
): Promise<{ data: Item[]; pagination: Pagination }> {
  const limit = pageSize(query.limit);
  const afterId = query.cursor ? decodeCursor(scope, query.cursor, ['id']).id : undefined;
  const page = paginate(await fetch({ afterId, limit }), limit, (last) => encodeCursor(scope, { id: last.id }));
  return { data: await present(page.items), pagination: page.pagination };
}
