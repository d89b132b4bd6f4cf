import type { Selectable } from 'kysely';

export interface AccountsTable {
  id: string;
  workspace_id: string;
  name: string;
  type: string;
  domains: string;
  primary_domain: string | null;
  owner_id: string | null;
  tags: string;
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
