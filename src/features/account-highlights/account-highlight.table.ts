import type { Selectable } from 'kysely';

/** A note pinned on an account for everyone who opens it, until it expires. */
export interface AccountHighlightsTable {
  id: string;
  workspace_id: string;
  account_id: string;
  content_html: string;
  expires_at: string | null;
  created_at: string;
  updated_at: string;
}

export type AccountHighlightRow = Selectable<AccountHighlightsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    account_highlights: AccountHighlightsTable;
  }
}
