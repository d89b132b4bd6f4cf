import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { textColumn, type SearchField } from '../../core/search/compile.js';
import { searchPage, type SearchBody } from '../../core/search/search-request.js';
import { surveyJson } from './survey.json.js';
import { listSurveys } from './survey.repository.js';

/** The fields `POST /surveys/search` filters on, with the operators its description allows. */
export const SURVEY_SEARCH_FIELDS: Readonly<Record<string, SearchField>> = {
  updated_at: { operators: ['time_is_after', 'time_is_before', 'time_range'], sql: textColumn('surveys.updated_at') },
};

export async function searchSurveys(deps: Deps, actor: Actor, body: SearchBody) {
  const db = deps.store.db;
  return searchPage(db, body, {
    scope: 'surveys:search',
    fields: SURVEY_SEARCH_FIELDS,
    fetch: (page) => listSurveys(db, actor.workspaceId, page),
    present: (rows) => rows.map(surveyJson),
  });
}
