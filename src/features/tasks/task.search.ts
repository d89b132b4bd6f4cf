import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { textColumn, type FieldSql, type SearchField } from '../../core/search/compile.js';
import { invalid } from '../../core/errors.js';
import type { ConditionOperator } from '../../core/search/filter.js';
import { searchPage, type SearchBody } from '../../core/search/search-request.js';
import { listTasks, TASK_STATUSES } from './task.repository.js';
import { presentTasks } from './task.service.js';

const IDS: readonly ConditionOperator[] = ['equals', 'in', 'not_in', 'is_set'];
const TIMES: readonly ConditionOperator[] = ['time_is_after', 'time_is_before', 'time_range'];

/** A status filter names statuses a task can have. */
export function statusColumn(column: string): FieldSql {
  const compare = textColumn(column);
  return (c, dialect) => {
    const unknown = c.values.find((v) => !(TASK_STATUSES as readonly string[]).includes(v));
    if (unknown !== undefined) throw invalid(`filter: status "${unknown}" is not one of ${TASK_STATUSES.join(', ')}`);
    return compare(c, dialect);
  };
}

/** The fields `POST /tasks/search` filters on, with exactly the operators its description allows. */
export const TASK_SEARCH_FIELDS: Readonly<Record<string, SearchField>> = {
  account_id: { operators: IDS, sql: textColumn('tasks.account_id') },
  project_id: { operators: [...IDS, 'is_unset'], sql: textColumn('tasks.project_id') },
  status: { operators: ['equals', 'in', 'not_in'], sql: statusColumn('tasks.status') },
  assignee_id: { operators: IDS, sql: textColumn('tasks.assignee_id') },
  milestone_id: { operators: IDS, sql: textColumn('tasks.milestone_id') },
  created_at: { operators: TIMES, sql: textColumn('tasks.created_at') },
  due_date: { operators: [...TIMES, 'is_set'], sql: textColumn('tasks.due_date') },
  updated_at: { operators: TIMES, sql: textColumn('tasks.updated_at') },
};

/** `POST /tasks/search`: the workspace's tasks matching the filter, in creation order. */
export async function searchTasks(deps: Deps, actor: Actor, body: SearchBody) {
  const db = deps.store.db;
  return searchPage(db, body, {
    scope: `tasks:search:${actor.workspaceId}`,
    fields: TASK_SEARCH_FIELDS,
    fetch: (page) => listTasks(db, actor.workspaceId, page),
    present: (rows) => presentTasks(db, rows),
  });
}
