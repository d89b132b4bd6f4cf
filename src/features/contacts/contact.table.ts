import type { Generated, Selectable } from 'kysely';

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
  /** JSON array of the contact's emails other than its primary `email`. */
  other_emails: Generated<string>;
  /** JSON object of the contact's custom field values, keyed by slug (features/custom-fields/stored-values.ts). */
  custom_fields: Generated<string>;
  created_at: string;
}

export interface ContactExternalIdsTable {
  workspace_id: string;
  external_id: string;
  contact_id: string;
  label: string | null;
  position: number;
}

export type ContactRow = Selectable<ContactsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    contacts: ContactsTable;
    contact_external_ids: ContactExternalIdsTable;
  }
}
