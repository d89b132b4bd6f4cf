import type { Selectable } from 'kysely';

/** The child (or client) account is linked to its parent (or partner) account. */
export interface AccountRelationshipsTable {
  id: string;
  workspace_id: string;
  child_account_id: string;
  parent_account_id: string;
  /** `parent_account` or `partner_account`. */
  relationship_type: string;
  created_at: string;
  updated_at: string;
}

export type AccountRelationshipRow = Selectable<AccountRelationshipsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    account_relationships: AccountRelationshipsTable;
  }
}
