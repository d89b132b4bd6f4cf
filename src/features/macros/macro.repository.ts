import type { Db } from '../../core/store/database.js';
import { readStringArray, toJsonColumn } from '../../core/store/json-columns.js';
import type { MacroGroupRow, MacroRow } from './macro.table.js';

export interface MacroGroup {
  id: string;
  workspaceId: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

export interface MacroVisibility {
  type: string;
  userIds: string[];
  teamIds: string[];
}

export interface Macro {
  id: string;
  workspaceId: string;
  macroGroupId: string;
  name: string;
  textHtml: string;
  textType: string;
  visibility: MacroVisibility;
  /** The Filter as JSON text, or null for every issue. */
  conditions: string | null;
  createdAt: string;
  updatedAt: string;
}

const toMacroGroup = (row: MacroGroupRow): MacroGroup => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toMacro = (row: MacroRow): Macro => ({
  id: row.id,
  workspaceId: row.workspace_id,
  macroGroupId: row.macro_group_id,
  name: row.name,
  textHtml: row.text_html,
  textType: row.text_type,
  visibility: {
    type: row.visibility_type,
    userIds: readStringArray(row.visibility_user_ids),
    teamIds: readStringArray(row.visibility_team_ids),
  },
  conditions: row.conditions,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function insertMacroGroup(db: Db, group: MacroGroup): Promise<void> {
  await db
    .insertInto('macro_groups')
    .values({
      id: group.id,
      workspace_id: group.workspaceId,
      title: group.title,
      created_at: group.createdAt,
      updated_at: group.updatedAt,
    })
    .execute();
}

export async function findMacroGroupById(db: Db, workspaceId: string, id: string): Promise<MacroGroup | undefined> {
  const row = await db
    .selectFrom('macro_groups')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toMacroGroup(row);
}

export async function listMacroGroups(db: Db, workspaceId: string): Promise<MacroGroup[]> {
  const rows = await db
    .selectFrom('macro_groups')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  return rows.map(toMacroGroup);
}

const macroColumns = (macro: Macro) => ({
  macro_group_id: macro.macroGroupId,
  name: macro.name,
  text_html: macro.textHtml,
  text_type: macro.textType,
  visibility_type: macro.visibility.type,
  visibility_user_ids: toJsonColumn(macro.visibility.userIds),
  visibility_team_ids: toJsonColumn(macro.visibility.teamIds),
  conditions: macro.conditions,
  updated_at: macro.updatedAt,
});

export async function insertMacro(db: Db, macro: Macro): Promise<void> {
  await db
    .insertInto('macros')
    .values({ id: macro.id, workspace_id: macro.workspaceId, created_at: macro.createdAt, ...macroColumns(macro) })
    .execute();
}

export async function updateMacro(db: Db, macro: Macro): Promise<void> {
  await db
    .updateTable('macros')
    .set(macroColumns(macro))
    .where('workspace_id', '=', macro.workspaceId)
    .where('id', '=', macro.id)
    .execute();
}

export async function findMacroById(db: Db, workspaceId: string, id: string): Promise<Macro | undefined> {
  const row = await db
    .selectFrom('macros')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toMacro(row);
}

/** Every macro of the workspace (or of one group), oldest first. */
export async function listMacros(db: Db, workspaceId: string, macroGroupId?: string): Promise<Macro[]> {
  let query = db.selectFrom('macros').selectAll().where('workspace_id', '=', workspaceId);
  if (macroGroupId !== undefined) query = query.where('macro_group_id', '=', macroGroupId);
  const rows = await query.orderBy('id').execute();
  return rows.map(toMacro);
}

/** The macros with the given ids, in the order given. */
export async function findMacrosByIds(db: Db, workspaceId: string, ids: readonly string[]): Promise<Macro[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('macros')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, toMacro(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
