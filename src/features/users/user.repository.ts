import type { Db } from '../../core/store/database.js';
import type { UserAvailability, UserRow, UserStatus } from './user.table.js';
import type { Page } from '../../core/store/keyset.js';

export interface User {
  id: string;
  workspaceId: string;
  name: string;
  email: string;
  role: 'admin' | 'member';
  avatarUrl: string | null;
  status: UserStatus;
  availability: UserAvailability;
  createdAt: string;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  email: row.email,
  role: row.role === 'admin' ? 'admin' : 'member',
  avatarUrl: row.avatar_url,
  status: row.status,
  availability: row.availability,
  createdAt: row.created_at,
});

/** A new user is available unless told otherwise. */
export async function insertUser(db: Db, user: Omit<User, 'availability'> & Partial<User>): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      workspace_id: user.workspaceId,
      name: user.name,
      email: user.email,
      role: user.role,
      avatar_url: user.avatarUrl,
      status: user.status,
      availability: user.availability ?? 'active',
      created_at: user.createdAt,
    })
    .execute();
}

export async function findUserById(db: Db, workspaceId: string, id: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByEmail(db: Db, workspaceId: string, email: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('email', '=', email)
    .executeTakeFirst();
  return row && toUser(row);
}

export async function listUsers(db: Db, workspaceId: string, page: Page): Promise<User[]> {
  let query = db.selectFrom('users').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  if (page.matching) query = query.where(page.matching);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toUser);
}

/** The workspace's first active admin (its owner), who receives tokens created without a named user. */
export async function findFirstAdmin(db: Db, workspaceId: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .orderBy('id')
    .executeTakeFirst();
  return row && toUser(row);
}

export async function countActiveAdmins(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function setUserStatus(db: Db, workspaceId: string, id: string, status: UserStatus): Promise<void> {
  await db.updateTable('users').set({ status }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** Saves what `PATCH /users/{id}` may change. */
export async function updateUserProfile(
  db: Db,
  user: Pick<User, 'workspaceId' | 'id' | 'name' | 'avatarUrl' | 'role' | 'availability'>,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ name: user.name, avatar_url: user.avatarUrl, role: user.role, availability: user.availability })
    .where('workspace_id', '=', user.workspaceId)
    .where('id', '=', user.id)
    .execute();
}
