import type { Db } from '../../core/store/database.js';
import type { AccountHighlightRow } from './account-highlight.table.js';

export interface AccountHighlight {
  id: string;
  workspaceId: string;
  accountId: string;
  contentHtml: string;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const toHighlight = (row: AccountHighlightRow): AccountHighlight => ({
  id: row.id,
  workspaceId: row.workspace_id,
  accountId: row.account_id,
  contentHtml: row.content_html,
  expiresAt: row.expires_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function insertHighlight(db: Db, h: AccountHighlight): Promise<void> {
  await db
    .insertInto('account_highlights')
    .values({
      id: h.id,
      workspace_id: h.workspaceId,
      account_id: h.accountId,
      content_html: h.contentHtml,
      expires_at: h.expiresAt,
      created_at: h.createdAt,
      updated_at: h.updatedAt,
    })
    .execute();
}

export async function findHighlight(db: Db, workspaceId: string, accountId: string, id: string) {
  const row = await db
    .selectFrom('account_highlights')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toHighlight(row);
}

export async function updateHighlightRow(db: Db, h: AccountHighlight): Promise<void> {
  await db
    .updateTable('account_highlights')
    .set({ content_html: h.contentHtml, expires_at: h.expiresAt, updated_at: h.updatedAt })
    .where('id', '=', h.id)
    .execute();
}

export async function deleteHighlightRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('account_highlights').where('id', '=', id).execute();
}
