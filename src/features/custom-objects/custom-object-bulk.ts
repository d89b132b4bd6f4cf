import type { Actor } from '../../core/actor.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { requireCustomObjectType } from './custom-object-type.service.js';
import { findCustomObjectsByIds } from './custom-object.repository.js';
import { saveCustomObject } from './custom-object.service.js';
import { mergeCustomObjectValues } from './custom-object-values.js';

export type UpdateCustomObjectsInput = ContractBody<'PATCH', '/custom-objects/:type'>;

const MAX_IDS = 100;

/**
 * `PATCH /custom-objects/{type}`: the same values on every listed record, all of them or none (an id that is not a
 * record of the type → 404). Each record that changes is announced as `custom_object.updated`.
 */
export async function updateCustomObjects(
  deps: Deps,
  actor: Actor,
  typeSlug: string,
  input: UpdateCustomObjectsInput,
): Promise<string[]> {
  const ids = [...new Set(input.ids.map((id) => id.trim()))];
  if (ids.length === 0 || ids.length > MAX_IDS) throw invalid(`ids must list between 1 and ${MAX_IDS} ids`);
  const db = deps.store.db;
  const type = await requireCustomObjectType(db, actor, typeSlug);
  return db.transaction().execute(async (trx) => {
    const objects = await findCustomObjectsByIds(trx, actor.workspaceId, type.id, ids);
    const missing = ids.find((id) => !objects.some((o) => o.id === id));
    if (missing !== undefined) throw notFound(`Custom object ${missing}`);
    for (const object of objects) {
      const values = await mergeCustomObjectValues(trx, actor, type, object, input.custom_fields);
      await saveCustomObject(trx, type, object, { ...object, ...values });
    }
    return ids;
  });
}
