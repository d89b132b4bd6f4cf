import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import type { Json } from '../../core/json.js';
import type { Db } from '../../core/store/database.js';
import { recordEvent } from '../events/event.service.js';
import { updateIssue as updateIssueRow, type Issue } from './issue.repository.js';
import { presentIssue } from './issue.view.js';

/** Fields that move with activity, not with a change to the issue: not reported as changed. */
const ACTIVITY_FIELDS = new Set(['updated_at', 'latest_message_time']);

/**
 * The issue moved to `state`: closing stamps `resolvedAt`, reopening clears it, and any move ends a snooze (a snooze
 * holds the issue in `on_hold` until it wakes). The same issue when the state does not change.
 */
export function withState(issue: Issue, state: string, now: string): Issue {
  if (state === issue.state) return issue;
  return {
    ...issue,
    state,
    resolvedAt: state === 'closed' ? now : null,
    snoozedUntil: null,
    updatedAt: now,
  };
}

/** The fields of the issue's JSON whose value differs, in the order the API shows them. */
function changedFields(before: Json, after: Json): string[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.filter(
    (key) => !ACTIVITY_FIELDS.has(key) && JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
  );
}

export interface IssueChange {
  issue: Issue;
  json: Json;
  changedFields: string[];
}

/**
 * Changes an issue in the caller's transaction: `change` returns the issue as it should be (and may write the
 * issue's own side tables, such as linked external issues). When what the API shows changed, the row is written
 * (only the columns that differ, so concurrent changes to others are kept) and `issue.updated` records the issue,
 * the fields that changed and their previous values; otherwise nothing is written.
 */
export async function changeIssue(
  db: Db,
  deps: Deps,
  scope: Pick<Actor, 'workspaceId'>,
  before: Issue,
  change: (issue: Issue) => Issue | Promise<Issue>,
): Promise<IssueChange> {
  const was: Json = await presentIssue(deps, db, scope, before);
  const after = await change(before);
  const json: Json = await presentIssue(deps, db, scope, after);
  const changed = changedFields(was, json);
  if (changed.length === 0) return { issue: before, json: was, changedFields: [] };
  await updateIssueRow(db, before, after);
  await recordEvent(db, {
    workspaceId: before.workspaceId,
    type: 'issue.updated',
    subjectId: before.id,
    payload: {
      issue: json,
      changed_fields: changed,
      previous: Object.fromEntries(changed.map((key) => [key, was[key] ?? null])),
    },
  });
  return { issue: after, json, changedFields: changed };
}
