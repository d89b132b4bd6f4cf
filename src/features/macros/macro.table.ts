import type { Selectable } from 'kysely';

/** Groups macros are filed in. */
export interface MacroGroupsTable {
  id: string;
  workspace_id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

/**
 * Canned texts agents apply to issues. `text_html` is stored sanitized; visibility lists are JSON arrays of ids;
 * `conditions` is the Filter (JSON) saying on which issues the macro is offered.
 */
export interface MacrosTable {
  id: string;
  workspace_id: string;
  macro_group_id: string;
  name: string;
  text_html: string;
  text_type: string;
  visibility_type: string;
  visibility_user_ids: string;
  visibility_team_ids: string;
  conditions: string | null;
  created_at: string;
  updated_at: string;
}

export type MacroGroupRow = Selectable<MacroGroupsTable>;
export type MacroRow = Selectable<MacrosTable>;

declare module '../../core/store/database.js' {
  interface Database {
    macro_groups: MacroGroupsTable;
    macros: MacrosTable;
  }
}
