import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import type { ContentTable } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { findContactMentions, scrubContactFromEvents, unlinkContact } from './contact-erasure.js';
import { deleteContactRow } from './contact.repository.js';
import { requireContact } from './contact.service.js';

/**
 * `DELETE /contacts/{id}`: the contact goes for good, with its external ids, and its name, emails and phone numbers
 * leave every stored event and the database files. The issues it requested and the messages it wrote are the
 * workspace's record of the conversations and stay, unlinked: deleting a person must not erase the team's history
 * with their company (DELETE /issues/{id} does that, one issue at a time).
 */
export async function deleteContact(deps: Deps, actor: Actor, id: string): Promise<void> {
  const touched = await deps.store.db.transaction().execute(async (trx) => {
    const contact = await requireContact(trx, actor, id);
    const { issueIds, messageIds } = await findContactMentions(trx, contact);
    await unlinkContact(trx, contact, nowIso());
    await scrubContactFromEvents(trx, contact, [contact.id, ...issueIds, ...messageIds]);
    await deleteContactRow(trx, actor.workspaceId, contact.id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'contact.deleted',
      subjectId: contact.id,
      payload: { contact_id: contact.id },
    });
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      actorUserId: actor.userId,
      action: 'contact.deleted',
      objectType: 'contact',
      objectId: contact.id,
      attributes: { issue_count: String(issueIds.length), message_count: String(messageIds.length) },
    });
    const tables: ContentTable[] = ['contacts', 'events'];
    if (issueIds.length > 0) tables.push('issues');
    if (messageIds.length > 0) tables.push('messages');
    return tables;
  });
  await deps.store.purgeResidue(touched);
}
