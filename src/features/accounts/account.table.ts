import type { Generated, Selectable } from 'kysely';

export interface AccountsTable {
  id: string;
  workspace_id: string;
  name: string;
  type: string;
  domains: string;
  primary_domain: string | null;
  owner_id: string | null;
  tags: string;
  /** JSON object of the account's custom field values, keyed by slug (features/custom-fields/stored-values.ts). */
  custom_fields: Generated<string>;
  /** 0 or 1. */
  is_disabled: Generated<number>;
  logo_url: string | null;
  /** JSON array of the account's channels, as the API shows them. */
  channels: Generated<string>;
  created_at: string;
  updated_at: string;
}

export type AccountRow = Selectable<AccountsTable>;

export interface AccountExternalIdsTable {
  workspace_id: string;
  external_id: string;
  account_id: string;
  label: string | null;
  position: number;
}

declare module '../../core/store/database.js' {
  interface Database {
    accounts: AccountsTable;
    account_external_ids: AccountExternalIdsTable;
  }
}
