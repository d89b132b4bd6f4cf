import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { sanitizeHtml } from '../../core/html.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../core/store/database.js';
import { toJsonColumn } from '../../core/store/json-columns.js';
import { recordEvent } from '../events/event.service.js';
import { macroJson } from './macro.json.js';
import {
  findMacroById,
  findMacroGroupById,
  insertMacro,
  listMacros as listMacroRows,
  updateMacro as updateMacroRow,
  type Macro,
} from './macro.repository.js';
import { macroVisibility, ORG_VISIBILITY } from './macro-visibility.js';

export type CreateMacroInput = ContractBody<'POST', '/macros'>;
export type UpdateMacroInput = ContractBody<'PATCH', '/macros/:id'>;

const TEXT_TYPES = ['reply', 'note', 'email'];
const MAX_NAME_LENGTH = 200;

function macroName(raw: string): string {
  const name = raw.trim();
  if (name === '') throw invalid('name must not be empty');
  if (name.length > MAX_NAME_LENGTH) throw invalid(`name must be at most ${MAX_NAME_LENGTH} characters`);
  return name;
}

function macroText(raw: string): string {
  const html = sanitizeHtml(raw);
  if (html.trim() === '') throw invalid('text_html must not be empty');
  return html;
}

function textType(raw: string): string {
  if (!TEXT_TYPES.includes(raw)) throw invalid(`text_type must be one of ${TEXT_TYPES.join(', ')}`);
  return raw;
}

/** The contract documents no 404 for writing a macro: a group that is not there is a bad request. */
async function requireGroup(db: Db, actor: Actor, id: string): Promise<string> {
  if (!(await findMacroGroupById(db, actor.workspaceId, id)))
    throw invalid(`macro_group_id: there is no macro group ${id}`);
  return id;
}

export async function requireMacro(db: Db, actor: Actor, id: string): Promise<Macro> {
  const macro = await findMacroById(db, actor.workspaceId, id);
  if (!macro) throw notFound('Macro');
  return macro;
}

export async function createMacro(deps: Deps, actor: Actor, input: CreateMacroInput) {
  const db = deps.store.db;
  const now = nowIso();
  const macro: Macro = {
    id: newId(),
    workspaceId: actor.workspaceId,
    name: macroName(input.name),
    textHtml: macroText(input.text_html),
    textType: textType(input.text_type ?? 'reply'),
    macroGroupId: await requireGroup(db, actor, input.macro_group_id),
    visibility: input.visibility ? await macroVisibility(db, actor, input.visibility) : ORG_VISIBILITY,
    conditions: input.conditions ? toJsonColumn(input.conditions) : null,
    createdAt: now,
    updatedAt: now,
  };
  return db.transaction().execute(async (trx) => {
    await insertMacro(trx, macro);
    const json = macroJson(macro);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'macro.created',
      subjectId: macro.id,
      payload: { macro: json },
    });
    return json;
  });
}

/** Only the fields given change. */
export async function updateMacro(deps: Deps, actor: Actor, id: string, input: UpdateMacroInput) {
  const db = deps.store.db;
  const macro = await requireMacro(db, actor, id);
  const next: Macro = {
    ...macro,
    name: input.name === undefined ? macro.name : macroName(input.name),
    textHtml: input.text_html === undefined ? macro.textHtml : macroText(input.text_html),
    textType: input.text_type === undefined ? macro.textType : textType(input.text_type),
    macroGroupId:
      input.macro_group_id === undefined ? macro.macroGroupId : await requireGroup(db, actor, input.macro_group_id),
    visibility: input.visibility ? await macroVisibility(db, actor, input.visibility) : macro.visibility,
    conditions: input.conditions ? toJsonColumn(input.conditions) : macro.conditions,
    updatedAt: nowIso(),
  };
  return db.transaction().execute(async (trx) => {
    await requireMacro(trx, actor, id);
    await updateMacroRow(trx, next);
    const json = macroJson(next);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'macro.updated',
      subjectId: id,
      payload: { macro: json },
    });
    return json;
  });
}

export async function getMacro(deps: Deps, actor: Actor, id: string) {
  return macroJson(await requireMacro(deps.store.db, actor, id));
}

/** Every macro, or those of one group (a group that is not there has none). */
export async function listMacros(deps: Deps, actor: Actor, macroGroupId: string | undefined) {
  return (await listMacroRows(deps.store.db, actor.workspaceId, macroGroupId || undefined)).map(macroJson);
}
