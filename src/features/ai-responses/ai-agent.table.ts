import type { Selectable } from 'kysely';

export interface AiAgentsTable {
  id: string;
  workspace_id: string;
  name: string;
  instructions: string;
  created_at: string;
  updated_at: string;
}

export type AiAgentRow = Selectable<AiAgentsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    ai_agents: AiAgentsTable;
  }
}
