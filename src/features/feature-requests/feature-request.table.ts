import type { Selectable } from 'kysely';

/**
 * Feature requests customers asked for. `custom_fields` is the JSON object of values keyed by field slug;
 * `portal_account_ids` the JSON array of accounts that see the request in the customer portal.
 */
export interface FeatureRequestsTable {
  id: string;
  workspace_id: string;
  title: string;
  description: string;
  request_status: string;
  custom_fields: string;
  portal_account_ids: string;
  created_at: string;
  updated_at: string;
}

export type FeatureRequestRow = Selectable<FeatureRequestsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    feature_requests: FeatureRequestsTable;
  }
}
