import type { Static } from '@sinclair/typebox';
import { nowMs } from '../../core/clock.js';
import { compact } from '../../core/json.js';
import type { API_TOKEN } from './api-token.schemas.js';
import type { ApiTokenRow } from './api-token.table.js';

export type ApiTokenJson = Static<typeof API_TOKEN>;

/** A token as its listing shows it: never the secret (only its hash is stored), never the hash. */
export function apiTokenJson(row: ApiTokenRow): ApiTokenJson {
  const expired = row.expires_at !== null && Date.parse(row.expires_at) <= nowMs();
  return compact<ApiTokenJson>({
    id: row.id,
    name: row.name,
    user_id: row.user_id,
    status: row.revoked_at !== null ? 'revoked' : expired ? 'expired' : 'active',
    created_at: row.created_at,
    expires_at: row.expires_at,
    last_used_at: row.last_used_at,
    revoked_at: row.revoked_at,
  });
}
