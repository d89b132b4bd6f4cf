import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';

/**
 * A keyset page request: rows strictly after `afterId` in id order. Ids are UUIDv7, so id order is creation order.
 * Repositories fetch `limit + 1` rows so the caller can tell whether another page follows.
 */
export interface Page {
  afterId?: string;
  limit: number;
  /** Only rows matching this condition (a search's filter), when given. */
  matching?: Expression<SqlBool>;
}

/** Keyset position in (created_at, id) order, for lists whose timestamps can be set by the client. */
export interface TimePosition {
  createdAt: string;
  id: string;
}

/** Rows strictly after `after` in (created_at, id) order, for a table with both columns. */
export const afterTimePosition =
  (after: TimePosition) =>
  (eb: ExpressionBuilder<any, any>): Expression<SqlBool> =>
    eb.or([
      eb('created_at', '>', after.createdAt),
      eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)]),
    ]);
