import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { invalid } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { macroGroupJson } from './macro.json.js';
import { insertMacroGroup, listMacroGroups as listMacroGroupRows, type MacroGroup } from './macro.repository.js';

const MAX_TITLE_LENGTH = 200;

/** A macro group is workspace configuration: created by an admin, audited. */
export async function createMacroGroup(deps: Deps, actor: Actor, input: { title: string }) {
  const title = input.title.trim();
  if (title === '') throw invalid('title must not be empty');
  if (title.length > MAX_TITLE_LENGTH) throw invalid(`title must be at most ${MAX_TITLE_LENGTH} characters`);
  const now = nowIso();
  const group: MacroGroup = { id: newId(), workspaceId: actor.workspaceId, title, createdAt: now, updatedAt: now };
  return deps.store.db.transaction().execute(async (trx) => {
    await insertMacroGroup(trx, group);
    const json = macroGroupJson(group);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'macro_group.created',
      subjectId: group.id,
      payload: { macro_group: json },
    });
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      actorUserId: actor.userId,
      action: 'macro_group.created',
      objectType: 'macro_group',
      objectId: group.id,
    });
    return json;
  });
}

export async function listMacroGroups(deps: Deps, actor: Actor) {
  return (await listMacroGroupRows(deps.store.db, actor.workspaceId)).map(macroGroupJson);
}
