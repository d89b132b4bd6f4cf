import { Type, type Static } from '@sinclair/typebox';
import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import type { ActivityTypeRow } from './account-activity.table.js';
import { listActivityTypes } from './activity-type.repository.js';

/** The body of `POST /activity-types`. */
export const CreateActivityTypeBody = Type.Object(
  {
    slug: Type.String({ description: 'Unique in the workspace: lower-case letters, digits and _ (at most 100).' }),
    label: Type.String({ description: 'The name shown on account timelines.' }),
    icon_url: Type.Optional(Type.String({ description: 'An http(s) URL of its icon.' })),
  },
  { additionalProperties: true },
);
export type CreateActivityTypeBody = Static<typeof CreateActivityTypeBody>;

const SLUG = /^[a-z0-9_]{1,100}$/;

function iconUrlOf(value: string | undefined): string | null {
  const url = value?.trim();
  if (!url) return null;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw invalid('icon_url must be an http(s) URL');
  return url;
}

const typeJson = (row: ActivityTypeRow): ContractSchema<'ActivityType'> => ({
  id: row.id,
  slug: row.slug,
  label: row.label,
  ...(row.icon_url ? { icon_url: row.icon_url } : {}),
});

async function failIfTaken(db: Db, workspaceId: string, slug: string) {
  const existing = (await listActivityTypes(db, workspaceId)).find((t) => t.slug === slug);
  if (existing) throw duplicate(`An activity type "${slug}" already exists`, existing.id);
}

/**
 * `POST /activity-types`: an admin adds a type to the workspace's catalog (the built-in set stays: it is stored
 * first). A slug already in the catalog, built-in or not, is a duplicate naming that type.
 */
export async function createActivityType(deps: Deps, actor: Actor, input: CreateActivityTypeBody) {
  const slug = input.slug.trim();
  if (!SLUG.test(slug)) throw invalid('slug must be lower-case letters, digits and _ (at most 100)');
  const label = input.label.trim();
  if (label === '' || label.length > 255) throw invalid('label is required (at most 255 characters)');
  const row: ActivityTypeRow = {
    id: newId(),
    workspace_id: actor.workspaceId,
    slug,
    label,
    icon_url: iconUrlOf(input.icon_url),
    created_at: nowIso(),
  };
  await failIfTaken(deps.store.db, actor.workspaceId, slug);
  try {
    await deps.store.db.transaction().execute(async (trx) => {
      await trx.insertInto('activity_types').values(row).execute();
      const { id, icon_url } = row;
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'activity_type.created',
        subjectId: id,
        payload: { activity_type: { id, slug, label, icon_url } },
      });
      await recordAudit(trx, {
        workspaceId: actor.workspaceId,
        actorUserId: actor.userId,
        action: 'activity_type.created',
        objectType: 'activity_type',
        objectId: id,
        attributes: { slug },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) await failIfTaken(deps.store.db, actor.workspaceId, slug);
    throw error;
  }
  return typeJson(row);
}
