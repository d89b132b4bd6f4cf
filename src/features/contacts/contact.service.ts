import type { ContractBody } from '../../core/contract/operation-types.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import {
  findAccountById,
  findAccountIdByExternalId,
  findExternalIdsByAccount,
} from '../accounts/account.repository.js';
import {
  findContactByEmail,
  findContactById,
  insertContact,
  listContacts as listContactRows,
  type Contact,
} from './contact.repository.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { isEmail } from '../../core/email-address.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { contactJson } from './contact.json.js';
import { findExternalIdsByContact } from './contact-external-id.repository.js';
import { nowIso } from '../../core/clock.js';
import { customFieldValuesForNewObject } from '../custom-fields/custom-field-values.js';

const PORTAL_ROLES = ['no_access', 'member', 'admin'];

/** As the contract defines it. */
export type CreateContactInput = ContractBody<'POST', '/contacts'>;

export async function resolveAccountId(
  db: Db,
  actor: Actor,
  input: { account_id?: string; account_external_id?: string },
) {
  if (input.account_id && input.account_external_id)
    throw invalid('Provide account_id or account_external_id, not both');
  if (input.account_id) {
    if (!(await findAccountById(db, actor.workspaceId, input.account_id))) throw notFound('Account');
    return input.account_id;
  }
  if (input.account_external_id) {
    const id = await findAccountIdByExternalId(db, actor.workspaceId, input.account_external_id);
    if (!id) throw notFound('Account');
    return id;
  }
  return null;
}

/** Inserts a contact; a second contact with the same email fails as a duplicate naming the first. */
async function insertUniqueContact(db: Db, contact: Contact): Promise<void> {
  const failIfTaken = async () => {
    const existing = contact.email ? await findContactByEmail(db, contact.workspaceId, contact.email) : undefined;
    if (existing) throw duplicate('A contact with this email already exists', existing.id);
  };
  await failIfTaken();
  try {
    await insertContact(db, contact);
  } catch (error) {
    if (isUniqueViolation(error)) await failIfTaken();
    throw error;
  }
}

export async function createContact(deps: Deps, actor: Actor, input: CreateContactInput) {
  const db = deps.store.db;
  const name = input.name.trim();
  if (name === '') throw invalid('name must not be empty');
  const email = input.email?.trim() || null;
  if (email !== null && !isEmail(email)) throw invalid('email must be an email address');
  const phoneNumbers = input.phone_numbers ?? [];
  for (const p of [...phoneNumbers, ...(input.primary_phone_number ? [input.primary_phone_number] : [])]) {
    if (!/^\d{1,15}$/.test(p)) throw invalid('phone numbers must be digits only, at most 15');
  }
  if (input.portal_role !== undefined && !PORTAL_ROLES.includes(input.portal_role)) {
    throw invalid(`portal_role must be one of ${PORTAL_ROLES.join(', ')}`);
  }
  const contact: Contact = {
    id: newId(),
    workspaceId: actor.workspaceId,
    name,
    email,
    accountId: await resolveAccountId(db, actor, input),
    avatarUrl: input.avatar_url ?? null,
    phoneNumbers,
    primaryPhoneNumber: input.primary_phone_number ?? phoneNumbers[0] ?? null,
    portalRole: input.portal_role ?? null,
    otherEmails: [],
    customFields: await customFieldValuesForNewObject(db, actor, 'contact', input.custom_fields),
    createdAt: nowIso(),
  };
  await insertUniqueContact(db, contact);
  return presentContacts(db, [contact]).then((list) => list[0]!);
}

/** The contact with this email, created (named `name`, or the email's local part) when there is none. */
export async function findOrCreateContactByEmail(
  db: Db,
  actor: Actor,
  input: { email: string; name?: string; avatarUrl?: string; accountId: string | null },
): Promise<Contact> {
  const email = input.email.trim();
  if (!isEmail(email)) throw invalid('requester_email must be an email address');
  const existing = await findContactByEmail(db, actor.workspaceId, email);
  if (existing) return existing;
  const contact: Contact = {
    id: newId(),
    workspaceId: actor.workspaceId,
    name: input.name?.trim() || email.split('@')[0]!,
    email,
    accountId: input.accountId,
    avatarUrl: input.avatarUrl ?? null,
    phoneNumbers: [],
    primaryPhoneNumber: null,
    portalRole: null,
    otherEmails: [],
    customFields: {},
    createdAt: nowIso(),
  };
  if (await insertContact(db, contact, { ifEmailFree: true })) return contact;
  // Created concurrently by another request: use that contact.
  return (await findContactByEmail(db, actor.workspaceId, email))!;
}

/** A contact of the caller's workspace that a request names, or a 404. */
export async function requireContact(db: Db, actor: Actor, id: string): Promise<Contact> {
  const contact = await findContactById(db, actor.workspaceId, id);
  if (!contact) throw notFound('Contact');
  return contact;
}

export async function presentContacts(db: Db, contacts: Contact[]) {
  const externalIds = await findExternalIdsByAccount(
    db,
    contacts.flatMap((c) => (c.accountId ? [c.accountId] : [])),
  );
  const own = await findExternalIdsByContact(
    db,
    contacts.map((c) => c.id),
  );
  return contacts.map((c) => contactJson(c, (c.accountId && externalIds.get(c.accountId)) || [], own.get(c.id)));
}

export async function getContact(deps: Deps, actor: Actor, id: string) {
  const contact = await requireContact(deps.store.db, actor, id);
  return (await presentContacts(deps.store.db, [contact]))[0]!;
}

export const listContacts = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `contacts:${actor.workspaceId}`,
    query,
    (page) => listContactRows(deps.store.db, actor.workspaceId, page),
    (rows) => presentContacts(deps.store.db, rows),
  );
