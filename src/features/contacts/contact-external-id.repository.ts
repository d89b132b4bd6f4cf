import type { Db } from '../../core/store/database.js';
import type { ExternalId } from '../accounts/account.repository.js';

/** The external ids of many contacts at once, in their order. */
export async function findExternalIdsByContact(db: Db, contactIds: string[]): Promise<Map<string, ExternalId[]>> {
  const map = new Map<string, ExternalId[]>();
  if (contactIds.length === 0) return map;
  const rows = await db
    .selectFrom('contact_external_ids')
    .selectAll()
    .where('contact_id', 'in', [...new Set(contactIds)])
    .orderBy('position')
    .execute();
  for (const r of rows)
    map.set(r.contact_id, [...(map.get(r.contact_id) ?? []), { externalId: r.external_id, label: r.label }]);
  return map;
}

export async function findContactIdByExternalId(
  db: Db,
  workspaceId: string,
  externalId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('contact_external_ids')
    .select('contact_id')
    .where('workspace_id', '=', workspaceId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return row?.contact_id;
}

/** Replaces a contact's external ids with these, in this order. */
export async function replaceContactExternalIds(
  db: Db,
  workspaceId: string,
  contactId: string,
  externalIds: ExternalId[],
): Promise<void> {
  await db.deleteFrom('contact_external_ids').where('contact_id', '=', contactId).execute();
  if (externalIds.length === 0) return;
  await db
    .insertInto('contact_external_ids')
    .values(
      externalIds.map((e, position) => ({
        workspace_id: workspaceId,
        external_id: e.externalId,
        contact_id: contactId,
        label: e.label,
        position,
      })),
    )
    .execute();
}
