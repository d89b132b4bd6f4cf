import type { Db } from '../../core/store/database.js';

/** Moves what hangs off account `from` to account `to`: issues, contacts, activities, highlights, external ids. */
export async function moveAccountRecords(db: Db, workspaceId: string, from: string, to: string, at: string) {
  const issues = await db
    .updateTable('issues')
    .set({ account_id: to, updated_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', from)
    .executeTakeFirst();
  const contacts = await db
    .updateTable('contacts')
    .set({ account_id: to })
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', from)
    .executeTakeFirst();
  for (const table of ['account_activities', 'account_highlights'] as const) {
    await db
      .updateTable(table)
      .set({ account_id: to })
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', from)
      .execute();
  }
  // The moved external ids follow the survivor's own, in their order.
  const last = await db
    .selectFrom('account_external_ids')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('account_id', '=', to)
    .executeTakeFirst();
  const offset = Number(last?.position ?? -1) + 1;
  await db
    .updateTable('account_external_ids')
    .set((eb) => ({ account_id: to, position: eb('position', '+', offset) }))
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', from)
    .execute();
  return { issues: Number(issues.numUpdatedRows), contacts: Number(contacts.numUpdatedRows) };
}

/**
 * Moves account `from`'s relationships to account `to`. A link that would join `to` to itself, or that `to` already
 * has, is dropped instead.
 */
export async function moveAccountRelationships(db: Db, workspaceId: string, from: string, to: string) {
  const rows = await db
    .selectFrom('account_relationships')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('child_account_id', '=', from), eb('parent_account_id', '=', from)]))
    .execute();
  for (const row of rows) {
    const child = row.child_account_id === from ? to : row.child_account_id;
    const parent = row.parent_account_id === from ? to : row.parent_account_id;
    const existing = await db
      .selectFrom('account_relationships')
      .select('id')
      .where('child_account_id', '=', child)
      .where('parent_account_id', '=', parent)
      .where('relationship_type', '=', row.relationship_type)
      .executeTakeFirst();
    if (child === parent || existing) {
      await db.deleteFrom('account_relationships').where('id', '=', row.id).execute();
    } else {
      await db
        .updateTable('account_relationships')
        .set({ child_account_id: child, parent_account_id: parent })
        .where('id', '=', row.id)
        .execute();
    }
  }
}
