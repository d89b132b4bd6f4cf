import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { Macro, MacroGroup } from './macro.repository.js';

export function macroGroupJson(group: MacroGroup): ContractSchema<'MacroGroup'> {
  return { id: group.id, title: group.title, created_at: group.createdAt, updated_at: group.updatedAt };
}

/** Macros here only insert text: they carry no actions. */
export function macroJson(macro: Macro): ContractSchema<'Macro'> {
  return {
    id: macro.id,
    macro_group_id: macro.macroGroupId,
    name: macro.name,
    text_html: macro.textHtml,
    text_type: macro.textType,
    visibility: compact<ContractSchema<'Visibility'>>({
      type: macro.visibility.type,
      user_ids: macro.visibility.userIds.length > 0 ? macro.visibility.userIds : undefined,
      team_ids: macro.visibility.teamIds.length > 0 ? macro.visibility.teamIds : undefined,
    }),
    has_actions: false,
    actions: [],
    created_at: macro.createdAt,
    updated_at: macro.updatedAt,
  };
}
