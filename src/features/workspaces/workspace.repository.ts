import type { Db } from '../../core/store/database.js';
import { dialectOf } from '../../core/store/dialect.js';

/** Any advisory-lock key will do, as long as every instance uses the same one. */
const FIRST_WORKSPACE_LOCK_KEY = 0x426f6f74; // "Boot"
import type { WorkspaceRow } from './workspace.table.js';

export async function insertWorkspace(
  db: Db,
  workspace: { id: string; name: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('workspaces')
    .values({ id: workspace.id, name: workspace.name, support_email: null, created_at: workspace.createdAt })
    .execute();
}

export async function findWorkspaceById(db: Db, id: string): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countWorkspaces(db: Db): Promise<number> {
  const row = await db
    .selectFrom('workspaces')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Takes the workspace's next issue number; within a transaction, the row stays locked until commit. */
export async function takeNextIssueNumber(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .updateTable('workspaces')
    .set((eb) => ({ issue_counter: eb('issue_counter', '+', 1) }))
    .where('id', '=', workspaceId)
    .returning('issue_counter')
    .executeTakeFirstOrThrow();
  return Number(row.issue_counter);
}

/**
 * Serializes "create the first workspace" between instances starting at once (PostgreSQL: a lock held until the
 * transaction ends). SQLite needs none: its write transactions already run one at a time.
 */
export async function lockFirstWorkspaceCreation(trx: Db): Promise<void> {
  await dialectOf(trx).serializeTransaction(trx, FIRST_WORKSPACE_LOCK_KEY);
}

export async function findWorkspaceBySupportEmail(db: Db, email: string): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('support_email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function setWorkspaceSupportEmail(db: Db, workspaceId: string, email: string | null): Promise<void> {
  await db
    .updateTable('workspaces')
    .set({ support_email: email === null ? null : email.toLowerCase() })
    .where('id', '=', workspaceId)
    .execute();
}

/** The name outgoing mail from the workspace's support address carries; null: the bare address. */
export async function setWorkspaceSupportDisplayName(db: Db, workspaceId: string, name: string | null): Promise<void> {
  await db.updateTable('workspaces').set({ support_display_name: name }).where('id', '=', workspaceId).execute();
}
