import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { isEmail } from '../../core/email-address.js';
import { invalid } from '../../core/errors.js';
import { createContact } from '../contacts/contact.service.js';

/** As the contract defines it. */
export type ImportContactInput = ContractBody<'POST', '/import/contacts'>;

/**
 * Imports a contact: a contact created as `POST /contacts` creates one (the same rules, a taken email is a duplicate
 * naming the existing contact), except that the email is required. Nothing is sent to the contact.
 */
export async function importContact(deps: Deps, actor: Actor, input: ImportContactInput) {
  const email = input.email.trim();
  if (email === '') throw invalid('email is required');
  if (!isEmail(email)) throw invalid('email must be an email address');
  return createContact(deps, actor, { ...input, email });
}
