import type { Db } from '../../core/store/database.js';
import type { AccountRelationship } from '../accounts/account-links.repository.js';
import type { AccountRelationshipRow } from './account-relationship.table.js';

const toRelationship = (row: AccountRelationshipRow): AccountRelationship => ({
  id: row.id,
  workspaceId: row.workspace_id,
  childAccountId: row.child_account_id,
  parentAccountId: row.parent_account_id,
  relationshipType: row.relationship_type === 'partner_account' ? 'partner_account' : 'parent_account',
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The relationships in which the account is the child (or client), oldest first. */
export async function listRelationshipsOfChild(db: Db, workspaceId: string, childId: string) {
  const rows = await db
    .selectFrom('account_relationships')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('child_account_id', '=', childId)
    .orderBy('id')
    .execute();
  return rows.map(toRelationship);
}

export async function findRelationship(db: Db, workspaceId: string, childId: string, id: string) {
  const row = await db
    .selectFrom('account_relationships')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('child_account_id', '=', childId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toRelationship(row);
}

export async function deleteRelationshipRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('account_relationships').where('id', '=', id).execute();
}
