import type { Db } from '../../core/store/database.js';
import { newId } from '../../core/ids.js';
import { nowIso } from '../../core/clock.js';
import type { ActivityTypeRow } from './account-activity.table.js';

/**
 * The activity types every workspace starts with. The API offers no way to define activity types, so a workspace's
 * catalog is this set, stored per workspace (each type with its own id) the first time the catalog is read.
 */
export const BUILT_IN_ACTIVITY_TYPES = [
  { slug: 'call', label: 'Call' },
  { slug: 'meeting', label: 'Meeting' },
  { slug: 'email', label: 'Email' },
  { slug: 'note', label: 'Note' },
  { slug: 'renewal', label: 'Renewal' },
  { slug: 'product_usage', label: 'Product usage' },
] as const;

/** The workspace's activity types, in slug order; the built-in set is stored on first use. */
export async function listActivityTypes(db: Db, workspaceId: string): Promise<ActivityTypeRow[]> {
  const read = () =>
    db.selectFrom('activity_types').selectAll().where('workspace_id', '=', workspaceId).orderBy('slug').execute();
  const rows = await read();
  if (rows.length > 0) return rows;
  const createdAt = nowIso();
  await db
    .insertInto('activity_types')
    .values(
      BUILT_IN_ACTIVITY_TYPES.map((t) => ({
        id: newId(),
        workspace_id: workspaceId,
        ...t,
        icon_url: null,
        created_at: createdAt,
      })),
    )
    // Two first reads at once: the other one's rows stand.
    .onConflict((oc) => oc.columns(['workspace_id', 'slug']).doNothing())
    .execute();
  return read();
}
