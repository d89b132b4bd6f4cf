import type { Selectable } from 'kysely';

export interface UsersTable {
  id: string;
  workspace_id: string;
  name: string;
  email: string;
  role: string;
  avatar_url: string | null;
  status: string;
  created_at: string;
}

export type UserRow = Selectable<UsersTable>;

declare module '../../core/store/database.js' {
  interface Database {
    users: UsersTable;
  }
}
