import type { Db } from '../../core/store/database.js';

export interface AccountRelationship {
  id: string;
  workspaceId: string;
  childAccountId: string;
  parentAccountId: string;
  relationshipType: 'parent_account' | 'partner_account';
  createdAt: string;
  updatedAt: string;
}

/** Inserts a relationship; the same link twice inserts nothing (returns false). */
export async function insertRelationship(db: Db, r: AccountRelationship): Promise<boolean> {
  const result = await db
    .insertInto('account_relationships')
    .values({
      id: r.id,
      workspace_id: r.workspaceId,
      child_account_id: r.childAccountId,
      parent_account_id: r.parentAccountId,
      relationship_type: r.relationshipType,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
    })
    .onConflict((oc) => oc.columns(['child_account_id', 'parent_account_id', 'relationship_type']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Whether `ancestorId` is `accountId` or above it through parent links: linking them the other way would loop. */
export async function isAncestor(db: Db, workspaceId: string, ancestorId: string, accountId: string) {
  const seen = new Set<string>();
  let frontier = [accountId];
  while (frontier.length > 0) {
    if (frontier.includes(ancestorId)) return true;
    frontier.forEach((id) => seen.add(id));
    const rows = await db
      .selectFrom('account_relationships')
      .select('parent_account_id')
      .where('workspace_id', '=', workspaceId)
      .where('relationship_type', '=', 'parent_account')
      .where('child_account_id', 'in', frontier)
      .execute();
    frontier = [...new Set(rows.map((r) => r.parent_account_id))].filter((id) => !seen.has(id));
  }
  return false;
}

/** The link to the account's parent, if it has one. */
export async function findParentLink(db: Db, workspaceId: string, childId: string) {
  return db
    .selectFrom('account_relationships')
    .select(['id', 'parent_account_id'])
    .where('workspace_id', '=', workspaceId)
    .where('child_account_id', '=', childId)
    .where('relationship_type', '=', 'parent_account')
    .executeTakeFirst();
}
