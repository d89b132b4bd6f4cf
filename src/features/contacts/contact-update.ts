import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid } from '../../core/errors.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import type { ExternalId } from '../accounts/account.repository.js';
import { recordEvent } from '../events/event.service.js';
import { avatarUrl } from '../users/avatar-url.js';
import { externalIdsOf } from '../accounts/account-fields.js';
import { contactEmails, contactPhones, contactPortalRole, type UpdateContactInput } from './contact-fields.js';
import { findContactIdByExternalId, replaceContactExternalIds } from './contact-external-id.repository.js';
import { findContactByEmail, updateContactRow, type Contact } from './contact.repository.js';
import { presentContacts, requireContact, resolveAccountId } from './contact.service.js';
import { mergeCustomFieldValues } from '../custom-fields/custom-field-values.js';

async function applyUpdate(db: Db, actor: Actor, contact: Contact, input: UpdateContactInput): Promise<Contact> {
  const next = { ...contact };
  if (input.name !== undefined) {
    next.name = input.name.trim();
    if (next.name === '') throw invalid('name must not be empty');
  }
  const { email, others } = contactEmails(contact, input);
  next.email = email;
  next.otherEmails = others;
  if (input.account_id === '' && input.account_external_id === undefined) next.accountId = null;
  else if (input.account_id !== undefined || input.account_external_id !== undefined) {
    next.accountId = await resolveAccountId(db, actor, input);
  }
  if (input.avatar_url !== undefined) next.avatarUrl = input.avatar_url === '' ? null : avatarUrl(input.avatar_url);
  Object.assign(next, contactPhones(contact, input));
  next.portalRole = contactPortalRole(contact, input);
  return next;
}

/** Every email of the contact and every external id it takes must be free: else the owner is named in `exists_id`. */
async function failIfTaken(db: Db, contact: Contact, externalIds: ExternalId[] | undefined): Promise<void> {
  for (const email of [...(contact.email ? [contact.email] : []), ...contact.otherEmails]) {
    const owner = await findContactByEmail(db, contact.workspaceId, email);
    if (owner && owner.id !== contact.id) throw duplicate(`A contact with email ${email} already exists`, owner.id);
  }
  for (const e of externalIds ?? []) {
    const owner = await findContactIdByExternalId(db, contact.workspaceId, e.externalId);
    if (owner && owner !== contact.id)
      throw duplicate(`A contact with external id ${e.externalId} already exists`, owner);
  }
}

/** `PATCH /contacts/{id}`: only the fields sent change; the change and its event commit together. */
export async function updateContact(deps: Deps, actor: Actor, id: string, input: UpdateContactInput) {
  const externalIds = input.external_ids && externalIdsOf(input.external_ids);
  const save = () =>
    deps.store.db.transaction().execute(async (trx) => {
      const contact = await requireContact(trx, actor, id);
      const next = await applyUpdate(trx, actor, contact, input);
      next.customFields = await mergeCustomFieldValues(trx, actor, 'contact', next.customFields, input.custom_fields);
      await failIfTaken(trx, next, externalIds);
      await updateContactRow(trx, next);
      if (externalIds) await replaceContactExternalIds(trx, actor.workspaceId, next.id, externalIds);
      const [json] = await presentContacts(trx, [next]);
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'contact.updated',
        subjectId: next.id,
        payload: { contact: json! },
      });
      return json!;
    });
  try {
    return await save();
  } catch (error) {
    // Another request took the email or external id between the check and the write: report the owner.
    if (isUniqueViolation(error)) return save();
    throw error;
  }
}
