import type { Selectable } from 'kysely';

export interface ContactsTable {
  id: string;
  workspace_id: string;
  name: string;
  email: string | null;
  email_key: string | null;
  account_id: string | null;
  avatar_url: string | null;
  phone_numbers: string;
  primary_phone_number: string | null;
  portal_role: string | null;
  created_at: string;
}

export type ContactRow = Selectable<ContactsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    contacts: ContactsTable;
  }
}
