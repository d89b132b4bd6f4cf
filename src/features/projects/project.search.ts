import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { textColumn, textCondition, type FieldSql, type SearchField } from '../../core/search/compile.js';
import type { ConditionOperator } from '../../core/search/filter.js';
import { searchPage, type SearchBody } from '../../core/search/search-request.js';
import { invalid } from '../../core/errors.js';
import { listProjects } from './project.repository.js';
import { TASK_STATUSES } from '../tasks/task.repository.js';
import { presentProjects } from './project.service.js';

const TIMES: readonly ConditionOperator[] = ['time_is_after', 'time_is_before', 'time_range'];

/**
 * A project's status follows its tasks: not started until one of them is started (or it has none), completed once
 * all of them are, in progress between the two.
 */
const projectStatus = sql<string>`(case
  when not exists (select 1 from tasks t where t.project_id = projects.id) then 'not_started'
  when not exists (select 1 from tasks t where t.project_id = projects.id and t.status <> 'completed')
    then 'completed'
  when exists (select 1 from tasks t where t.project_id = projects.id and t.status <> 'not_started')
    then 'in_progress'
  else 'not_started' end)`;

/** A status filter names statuses a project can have. */
const statusOf =
  (value: Expression<string>): FieldSql =>
  (c, dialect) => {
    const unknown = c.values.find((v) => !(TASK_STATUSES as readonly string[]).includes(v));
    if (unknown !== undefined) throw invalid(`filter: status "${unknown}" is not one of ${TASK_STATUSES.join(', ')}`);
    return textCondition(value, c, dialect);
  };

/** `is_archived` compares with true or false. */
const isArchived: SearchField['sql'] = (c): Expression<SqlBool> => {
  const value = c.values[0]?.toLowerCase();
  if (value !== 'true' && value !== 'false') throw invalid('filter: is_archived compares with true or false');
  return value === 'true' ? sql<SqlBool>`projects.archived_at is not null` : sql<SqlBool>`projects.archived_at is null`;
};

/** The fields `POST /projects/search` filters on, with exactly the operators its description allows. */
export const PROJECT_SEARCH_FIELDS: Readonly<Record<string, SearchField>> = {
  account_id: { operators: ['equals', 'in', 'not_in', 'is_set'], sql: textColumn('projects.account_id') },
  status: { operators: ['equals', 'in', 'not_in'], sql: statusOf(projectStatus) },
  owner_id: { operators: ['equals', 'in', 'not_in', 'is_set', 'is_unset'], sql: textColumn('projects.owner_id') },
  is_archived: { operators: ['equals'], sql: isArchived },
  created_at: { operators: TIMES, sql: textColumn('projects.created_at') },
  updated_at: { operators: TIMES, sql: textColumn('projects.updated_at') },
};

/** `POST /projects/search`: the workspace's projects matching the filter, in creation order. */
export async function searchProjects(deps: Deps, actor: Actor, body: SearchBody) {
  const db = deps.store.db;
  return searchPage(db, body, {
    scope: `projects:search:${actor.workspaceId}`,
    fields: PROJECT_SEARCH_FIELDS,
    fetch: (page) => listProjects(db, actor.workspaceId, page),
    present: (rows) => presentProjects(db, rows),
  });
}
