import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { relatedRows, textColumn, jsonListColumn, type SearchField } from '../../core/search/compile.js';
import type { ConditionOperator } from '../../core/search/filter.js';
import { searchPage, type SearchBody } from '../../core/search/search-request.js';
import { customFieldSearchFields } from '../custom-fields/custom-field.search.js';
import { issueTextMatch } from './issue.full-text.js';
import { issueJson } from './issue.json.js';
import { listIssuesById } from './issue.repository.js';
import { viewIssues } from './issue.service.js';

const IDS: readonly ConditionOperator[] = ['equals', 'in', 'not_in'];
const OPTIONAL_IDS: readonly ConditionOperator[] = ['equals', 'in', 'not_in', 'is_set', 'is_unset'];
const TIMES: readonly ConditionOperator[] = ['time_is_after', 'time_is_before', 'time_range'];
const TEXT: readonly ConditionOperator[] = ['string_contains', 'string_does_not_contain'];

const followedBy = (type: 'user' | 'contact') =>
  relatedRows(
    (values) =>
      sql<SqlBool>`exists (select 1 from issue_followers f where f.issue_id = issues.id and f.follower_type = ${type}${
        values ? sql` and f.follower_id in (${sql.join(values)})` : sql``
      })`,
  );

/** Issues come from Helpline's own channels: none was created in a Slack channel. */
const noSlackChannel: SearchField['sql'] = (c) => (c.operator === 'not_in' ? sql<SqlBool>`1 = 1` : sql<SqlBool>`1 = 0`);

/** The fields `POST /issues/search` filters on, with the operators its description allows. */
export const ISSUE_SEARCH_FIELDS: Readonly<Record<string, SearchField>> = {
  created_at: { operators: TIMES, sql: textColumn('issues.created_at') },
  updated_at: { operators: TIMES, sql: textColumn('issues.updated_at') },
  resolved_at: { operators: TIMES, sql: textColumn('issues.resolved_at') },
  latest_message_activity_at: { operators: TIMES, sql: textColumn('issues.latest_message_time') },
  account_id: { operators: OPTIONAL_IDS, sql: textColumn('issues.account_id') },
  ticket_form_id: { operators: OPTIONAL_IDS, sql: textColumn('issues.ticket_form_id') },
  requester_id: { operators: OPTIONAL_IDS, sql: textColumn('issues.requester_id') },
  assignee_id: { operators: OPTIONAL_IDS, sql: textColumn('issues.assignee_id') },
  issue_type: { operators: OPTIONAL_IDS, sql: textColumn('issues.type') },
  team_id: { operators: IDS, sql: textColumn('issues.team_id') },
  state: { operators: IDS, sql: textColumn('issues.state') },
  follower_user_id: { operators: IDS, sql: followedBy('user') },
  follower_contact_id: { operators: IDS, sql: followedBy('contact') },
  tags: { operators: ['contains', 'does_not_contain', 'in', 'not_in'], sql: jsonListColumn('issues.tags') },
  title: { operators: TEXT, sql: textColumn('issues.title') },
  body_html: { operators: TEXT, sql: textColumn('issues.body_html') },
  slack_channel_id: { operators: IDS, sql: noSlackChannel },
};

/** `POST /issues/search`: the workspace's issues matching the filter and the text, oldest first. */
export async function searchIssues(deps: Deps, actor: Actor, body: SearchBody) {
  const db = deps.store.db;
  const customFields = await customFieldSearchFields(db, actor.workspaceId, 'issue', 'issues.custom_fields');
  return searchPage(db, body, {
    customFields,
    scope: 'issues:search',
    fields: ISSUE_SEARCH_FIELDS,
    textMatch: (text) => issueTextMatch(db, actor.workspaceId, text),
    fetch: (page) => listIssuesById(db, actor.workspaceId, page),
    present: async (issues) => (await viewIssues(db, actor, issues)).map((view) => issueJson(view, deps.publicUrl)),
  });
}
