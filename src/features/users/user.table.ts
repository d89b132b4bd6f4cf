import type { Generated, Selectable } from 'kysely';

/** A deactivated user keeps their history (authored messages, assignments), but their tokens stop working. */
export type UserStatus = 'active' | 'deactivated';

export const USER_AVAILABILITIES = ['active', 'away', 'out_of_office'] as const;
export type UserAvailability = (typeof USER_AVAILABILITIES)[number];

export interface UsersTable {
  id: string;
  workspace_id: string;
  name: string;
  email: string;
  role: string;
  avatar_url: string | null;
  status: UserStatus;
  /** What the user says of themselves (`PATCH /users/{id}`), shown as their status while they are active. */
  availability: Generated<UserAvailability>;
  created_at: string;
}

export type UserRow = Selectable<UsersTable>;

declare module '../../core/store/database.js' {
  interface Database {
    users: UsersTable;
  }
}
