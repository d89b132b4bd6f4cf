import type { Selectable } from 'kysely';

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  user_id: string;
  token_hash: string;
  name: string;
  created_at: string;
}

export type ApiTokenRow = Selectable<ApiTokensTable>;

declare module '../../core/store/database.js' {
  interface Database {
    api_tokens: ApiTokensTable;
  }
}
