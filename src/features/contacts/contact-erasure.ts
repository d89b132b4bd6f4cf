import type { Db } from '../../core/store/database.js';
import { listEventsBySubject, replaceEventPayload } from '../events/event.repository.js';
import type { Contact } from './contact.repository.js';

/**
 * Where a contact appears beyond its own row: the issues it requested, and the messages it wrote or that were
 * written on those issues (a reply names its recipients).
 */
export async function findContactMentions(db: Db, contact: Contact) {
  const issues = await db
    .selectFrom('issues')
    .select('id')
    .where('workspace_id', '=', contact.workspaceId)
    .where('requester_id', '=', contact.id)
    .execute();
  const issueIds = issues.map((r) => r.id);
  const messages = await db
    .selectFrom('messages')
    .select('id')
    .where('workspace_id', '=', contact.workspaceId)
    .where((eb) =>
      issueIds.length === 0
        ? eb('author_contact_id', '=', contact.id)
        : eb.or([eb('author_contact_id', '=', contact.id), eb('issue_id', 'in', issueIds)]),
    )
    .execute();
  return { issueIds, messageIds: messages.map((r) => r.id) };
}

/**
 * The issues a contact requested and the messages it wrote stay (they are the workspace's record of the
 * conversation), without their link to the contact: an issue has no requester, a message no known author.
 */
export async function unlinkContact(db: Db, contact: Contact, updatedAt: string): Promise<void> {
  await db
    .updateTable('issues')
    .set({ requester_id: null, updated_at: updatedAt })
    .where('workspace_id', '=', contact.workspaceId)
    .where('requester_id', '=', contact.id)
    .execute();
  await db
    .updateTable('messages')
    .set({ author_contact_id: null })
    .where('workspace_id', '=', contact.workspaceId)
    .where('author_contact_id', '=', contact.id)
    .execute();
}

/**
 * Removes a contact's personal data from a stored payload: an object with the contact's id keeps only the id, an
 * object naming the contact (a message's author) loses its name and avatar, and any value that is one of the
 * contact's emails or phone numbers goes. Returns whether anything changed.
 */
export function scrubContact(value: unknown, contact: Contact): boolean {
  const secrets = new Set(
    [contact.email, ...contact.otherEmails, ...contact.phoneNumbers].flatMap((s) => (s ? [s.toLowerCase()] : [])),
  );
  const isSecret = (v: unknown) => typeof v === 'string' && secrets.has(v.toLowerCase());
  let changed = false;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        if (!isSecret(node[i])) {
          walk(node[i]);
          continue;
        }
        node.splice(i, 1);
        changed = true;
      }
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    const names = object.id === contact.id || (object.contact as { id?: unknown } | undefined)?.id === contact.id;
    for (const key of Object.keys(object)) {
      const personal = object.id === contact.id ? key !== 'id' : names && (key === 'name' || key === 'avatar_url');
      if (personal || isSecret(object[key])) {
        delete object[key];
        changed = true;
      } else walk(object[key]);
    }
  };
  walk(value);
  return changed;
}

/** Rewrites the stored events about these subjects (the contact, its issues, its messages) without its data. */
export async function scrubContactFromEvents(db: Db, contact: Contact, subjectIds: string[]): Promise<number> {
  let rewritten = 0;
  for (const subjectId of subjectIds) {
    for (const event of await listEventsBySubject(db, contact.workspaceId, subjectId)) {
      if (!scrubContact(event.payload, contact)) continue;
      await replaceEventPayload(db, event.id, event.payload);
      rewritten++;
    }
  }
  return rewritten;
}
