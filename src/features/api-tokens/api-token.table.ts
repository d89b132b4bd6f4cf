import type { Selectable } from 'kysely';

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  user_id: string;
  token_hash: string;
  name: string;
  created_at: string;
  /** After this moment the token no longer authenticates; null, never. */
  expires_at: string | null;
  /** Recorded at most once a minute, so a busy token costs no write per request. */
  last_used_at: string | null;
  revoked_at: string | null;
}

export type ApiTokenRow = Selectable<ApiTokensTable>;

declare module '../../core/store/database.js' {
  interface Database {
    api_tokens: ApiTokensTable;
  }
}
