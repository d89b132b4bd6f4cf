import type { Db } from '../../core/store/database.js';
import type { ContactRow } from './contact.table.js';
import { readStringArray, toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';
import { readCustomFields, type StoredCustomFields } from '../custom-fields/stored-values.js';

/** The customer portal roles Pylon knows; anything else stored reads back as none. */
export const PORTAL_ROLES = ['no_access', 'member', 'admin'] as const;
export type PortalRole = (typeof PORTAL_ROLES)[number];

export interface Contact {
  id: string;
  workspaceId: string;
  name: string;
  email: string | null;
  accountId: string | null;
  avatarUrl: string | null;
  phoneNumbers: string[];
  primaryPhoneNumber: string | null;
  portalRole: PortalRole | null;
  /** Its emails other than the primary `email`. */
  otherEmails: string[];
  customFields: StoredCustomFields;
  createdAt: string;
}

const toContact = (row: ContactRow): Contact => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  email: row.email,
  accountId: row.account_id,
  avatarUrl: row.avatar_url,
  phoneNumbers: readStringArray(row.phone_numbers),
  primaryPhoneNumber: row.primary_phone_number,
  portalRole: PORTAL_ROLES.find((role) => role === row.portal_role) ?? null,
  otherEmails: readStringArray(row.other_emails),
  customFields: readCustomFields(row.custom_fields),
  createdAt: row.created_at,
});

/** Emails are unique per workspace regardless of letter case. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

/** Inserts a contact; with `ifEmailFree`, a contact whose email is taken is silently not inserted (returns false). */
export async function insertContact(
  db: Db,
  contact: Omit<Contact, 'otherEmails' | 'customFields'> & Partial<Contact>,
  options: { ifEmailFree?: boolean } = {},
): Promise<boolean> {
  let query = db.insertInto('contacts').values({
    id: contact.id,
    workspace_id: contact.workspaceId,
    name: contact.name,
    email: contact.email,
    email_key: contact.email === null ? null : emailKey(contact.email),
    account_id: contact.accountId,
    avatar_url: contact.avatarUrl,
    phone_numbers: toJsonColumn(contact.phoneNumbers),
    primary_phone_number: contact.primaryPhoneNumber,
    portal_role: contact.portalRole,
    other_emails: toJsonColumn(contact.otherEmails ?? []),
    custom_fields: toJsonColumn(contact.customFields ?? {}),
    created_at: contact.createdAt,
  });
  if (options.ifEmailFree) query = query.onConflict((oc) => oc.columns(['workspace_id', 'email_key']).doNothing());
  const result = await query.executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function findContactById(db: Db, workspaceId: string, id: string): Promise<Contact | undefined> {
  const row = await db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toContact(row);
}

export async function findContactByEmail(db: Db, workspaceId: string, email: string): Promise<Contact | undefined> {
  const row = await db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('email_key', '=', emailKey(email))
    .executeTakeFirst();
  return row && toContact(row);
}

export async function listContacts(db: Db, workspaceId: string, page: Page): Promise<Contact[]> {
  let query = db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  if (page.matching) query = query.where(page.matching);
  return (
    await query
      .orderBy('id')
      .limit(page.limit + 1)
      .execute()
  ).map(toContact);
}

export async function findContactsByIds(db: Db, workspaceId: string, ids: string[]): Promise<Contact[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return rows.map(toContact);
}

/** Saves a contact's fields (not its id, workspace or creation time). */
export async function updateContactRow(db: Db, contact: Contact): Promise<void> {
  await db
    .updateTable('contacts')
    .set({
      name: contact.name,
      email: contact.email,
      email_key: contact.email === null ? null : emailKey(contact.email),
      account_id: contact.accountId,
      avatar_url: contact.avatarUrl,
      phone_numbers: toJsonColumn(contact.phoneNumbers),
      primary_phone_number: contact.primaryPhoneNumber,
      portal_role: contact.portalRole,
      other_emails: toJsonColumn(contact.otherEmails),
      custom_fields: toJsonColumn(contact.customFields),
    })
    .where('workspace_id', '=', contact.workspaceId)
    .where('id', '=', contact.id)
    .execute();
}

export async function deleteContactRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('contacts').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
