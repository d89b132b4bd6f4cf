import type { Selectable } from 'kysely';

export interface TeamsTable {
  id: string;
  workspace_id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export type TeamRow = Selectable<TeamsTable>;

/** A team's members, in the order they were given. */
export interface TeamMembersTable {
  team_id: string;
  user_id: string;
  workspace_id: string;
  position: number;
}

declare module '../../core/store/database.js' {
  interface Database {
    teams: TeamsTable;
    team_members: TeamMembersTable;
  }
}
