import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { textColumn, type SearchField } from '../../core/search/compile.js';
import { searchPage, type SearchBody } from '../../core/search/search-request.js';
import { callRecordingJson } from './call-recording.json.js';
import { listCallRecordings } from './call-recording.repository.js';

/** The fields `POST /call-recordings/search` filters on, with the operators its description allows. */
export const CALL_RECORDING_SEARCH_FIELDS: Readonly<Record<string, SearchField>> = {
  account_id: {
    operators: ['equals', 'in', 'not_in', 'is_set', 'is_unset'],
    sql: textColumn('call_recordings.account_id'),
  },
  source: { operators: ['equals', 'in', 'not_in'], sql: textColumn('call_recordings.source') },
  title: { operators: ['equals', 'string_contains'], sql: textColumn('call_recordings.title') },
  start_time: {
    operators: ['time_is_after', 'time_is_before', 'time_range'],
    sql: textColumn('call_recordings.start_time'),
  },
};

/** `POST /call-recordings/search`: the operation offers no `search_text`, only the filter. */
export async function searchCallRecordings(deps: Deps, actor: Actor, body: SearchBody) {
  const db = deps.store.db;
  return searchPage(db, body, {
    scope: 'call-recordings:search',
    fields: CALL_RECORDING_SEARCH_FIELDS,
    fetch: (page) => listCallRecordings(db, actor.workspaceId, page),
    present: (rows) => rows.map(callRecordingJson),
  });
}
