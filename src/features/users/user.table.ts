import type { Selectable } from 'kysely';

/** A deactivated user keeps their history (authored messages, assignments), but their tokens stop working. */
export type UserStatus = 'active' | 'deactivated';

export interface UsersTable {
  id: string;
  workspace_id: string;
  name: string;
  email: string;
  role: string;
  avatar_url: string | null;
  status: UserStatus;
  created_at: string;
}

export type UserRow = Selectable<UsersTable>;

declare module '../../core/store/database.js' {
  interface Database {
    users: UsersTable;
  }
}
