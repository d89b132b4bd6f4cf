import type { ContractBody } from '../../core/contract/operation-types.js';
import { isEmail } from '../../core/email-address.js';
import { invalid, notFound } from '../../core/errors.js';
import { emailKey, PORTAL_ROLES, type Contact, type PortalRole } from './contact.repository.js';

/** As the contract defines it. */
export type UpdateContactInput = ContractBody<'PATCH', '/contacts/:id'>;

/** The primary email and the others: `email` replaces the primary (the others stay), `emails` replaces them all. */
export function contactEmails(contact: Contact, input: UpdateContactInput): { email: string | null; others: string[] } {
  if (input.email !== undefined && input.emails !== undefined) throw invalid('Provide email or emails, not both');
  if (input.email !== undefined) {
    const email = input.email.trim();
    if (!isEmail(email)) throw invalid('email must be an email address');
    return { email, others: contact.otherEmails.filter((e) => emailKey(e) !== emailKey(email)) };
  }
  if (input.emails === undefined) return { email: contact.email, others: contact.otherEmails };
  const emails = input.emails.map((e) => ({ email: e.email.trim(), primary: e.is_primary === true }));
  for (const e of emails) if (!isEmail(e.email)) throw invalid(`emails: "${e.email}" is not an email address`);
  if (new Set(emails.map((e) => emailKey(e.email))).size !== emails.length) throw invalid('emails must be unique');
  const flagged = emails.filter((e) => e.primary);
  if (flagged.length > 1) throw invalid('emails: at most one email can be primary');
  // With none flagged, the first is primary.
  const primary = flagged[0] ?? emails[0];
  return { email: primary?.email ?? null, others: emails.filter((e) => e !== primary).map((e) => e.email) };
}

export function contactPhones(contact: Contact, input: UpdateContactInput) {
  const phoneNumbers = input.phone_numbers ?? contact.phoneNumbers;
  for (const p of [...phoneNumbers, ...(input.primary_phone_number ? [input.primary_phone_number] : [])]) {
    if (!/^\d{1,15}$/.test(p)) throw invalid('phone numbers must be digits only, at most 15');
  }
  const kept = contact.primaryPhoneNumber !== null && phoneNumbers.includes(contact.primaryPhoneNumber);
  const primary = input.primary_phone_number ?? (kept ? contact.primaryPhoneNumber : (phoneNumbers[0] ?? null));
  if (primary !== null && !phoneNumbers.includes(primary)) {
    throw invalid('primary_phone_number must be one of phone_numbers');
  }
  return { phoneNumbers, primaryPhoneNumber: primary };
}

/**
 * `portal_role_id` wins over `portal_role`. Helpline has no custom portal roles, so an id names one of the standard
 * roles by its slug, or nothing.
 */
export function contactPortalRole(contact: Contact, input: UpdateContactInput): PortalRole | null {
  if (input.portal_role_id !== undefined) {
    const role = PORTAL_ROLES.find((r) => r === input.portal_role_id);
    if (!role) throw notFound('Portal role');
    return role;
  }
  if (input.portal_role === undefined) return contact.portalRole;
  const role = PORTAL_ROLES.find((r) => r === input.portal_role);
  if (!role) throw invalid(`portal_role must be one of ${PORTAL_ROLES.join(', ')}`);
  return role;
}
