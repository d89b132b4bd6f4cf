import type { Selectable } from 'kysely';

export interface IdempotencyKeysTable {
  workspace_id: string;
  key: string;
  fingerprint: string;
  status_code: number;
  response: string;
  created_at: string;
}

export type IdempotencyKeyRow = Selectable<IdempotencyKeysTable>;

declare module '../store/database.js' {
  interface Database {
    idempotency_keys: IdempotencyKeysTable;
  }
}
