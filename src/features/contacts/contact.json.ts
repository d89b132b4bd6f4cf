import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import { externalIdsJson } from '../accounts/account.json.js';
import type { ExternalId } from '../accounts/account.repository.js';
import type { Contact } from './contact.repository.js';

export function contactJson(
  contact: Contact,
  accountExternalIds: ExternalId[] = [],
  externalIds: ExternalId[] = [],
): ContractSchema<'Contact'> {
  return compact<ContractSchema<'Contact'>>({
    id: contact.id,
    name: contact.name,
    email: contact.email,
    emails: [...(contact.email ? [contact.email] : []), ...contact.otherEmails],
    avatar_url: contact.avatarUrl,
    account: contact.accountId ? { id: contact.accountId, external_ids: externalIdsJson(accountExternalIds) } : null,
    phone_numbers: contact.phoneNumbers,
    primary_phone_number: contact.primaryPhoneNumber,
    portal_role: contact.portalRole,
    custom_fields: contact.customFields,
    external_ids: externalIdsJson(externalIds),
    integration_user_ids: [],
  });
}
