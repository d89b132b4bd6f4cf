import type { Selectable } from 'kysely';

/** Ticket forms customers submit issues through. The API only reads them; they are made in the product (or seeded). */
export interface TicketFormsTable {
  id: string;
  workspace_id: string;
  name: string;
  slug: string;
  /** 0 or 1. */
  is_public: number;
  description_html: string;
  /** JSON array of `{ slug, name, type, description_html }`, the form's layout. */
  fields: string;
  created_at: string;
}

export type TicketFormRow = Selectable<TicketFormsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    ticket_forms: TicketFormsTable;
  }
}
