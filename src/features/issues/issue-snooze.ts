import type { Actor } from '../../core/actor.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import { nowIso, nowMs, parseTimestamp } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { invalid } from '../../core/errors.js';
import { dialectOf } from '../../core/store/dialect.js';
import type { Db } from '../../core/store/database.js';
import { recordEvent } from '../events/event.service.js';
import { changeIssue, withState } from './issue-change.js';
import { toIssue, type Issue } from './issue.repository.js';
import { requireIssue } from './issue.service.js';

/** The state a snoozed issue waits in, and the one it wakes to: back with the team. */
export const SNOOZED_STATE = 'on_hold';
export const WOKEN_STATE = 'waiting_on_you';

/** As the contract defines it. */
export type SnoozeInput = ContractBody<'POST', '/issues/:id/snooze'>;

/**
 * Puts the issue on hold until `snooze_until` (in the future), when it wakes by itself. A reply, a customer's message
 * or a state change before then ends the snooze. Records `issue.updated` and `issue.snoozed`.
 */
export async function snoozeIssue(deps: Deps, actor: Actor, idOrNumber: string, input: SnoozeInput) {
  const until = parseTimestamp(input.snooze_until, 'snooze_until');
  if (Date.parse(until) <= nowMs()) throw invalid('snooze_until must be in the future');
  return deps.store.db.transaction().execute(async (trx) => {
    const issue = await requireIssue(trx, actor, idOrNumber);
    const now = nowIso();
    const { json } = await changeIssue(trx, deps, actor, issue, (before) => ({
      ...withState(before, SNOOZED_STATE, now),
      snoozedUntil: until,
      updatedAt: now,
    }));
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'issue.snoozed',
      subjectId: issue.id,
      payload: { issue: json, snoozed_until: until },
    });
    return json;
  });
}

/**
 * Wakes up to `limit` issues whose snooze is due at `now`, in one transaction: the claim locks the rows it takes
 * (skipping those another instance holds), so each issue wakes on exactly one instance, and the wake commits with
 * the claim. Each woken issue is back with the team (`waiting_on_you`); `issue.updated` and `issue.snooze_expired`
 * record it. Answers the woken issues.
 */
export async function wakeDueIssues(deps: Deps, now: string, limit: number): Promise<Issue[]> {
  return deps.store.db.transaction().execute(async (trx) => {
    const due = await dialectOf(trx)
      .lockClaimedRows(
        trx
          .selectFrom('issues')
          .selectAll()
          .where('snoozed_until', 'is not', null)
          .where('snoozed_until', '<=', now)
          .orderBy('snoozed_until')
          .limit(limit),
      )
      .execute();
    const woken: Issue[] = [];
    for (const row of due) woken.push(await wakeIssue(trx, deps, toIssue(row), now));
    return woken;
  });
}

async function wakeIssue(trx: Db, deps: Deps, issue: Issue, now: string): Promise<Issue> {
  const { issue: woken, json } = await changeIssue(trx, deps, issue, issue, (before) => ({
    ...withState(before, WOKEN_STATE, now),
    snoozedUntil: null,
    updatedAt: now,
  }));
  await recordEvent(trx, {
    workspaceId: issue.workspaceId,
    type: 'issue.snooze_expired',
    subjectId: issue.id,
    payload: { issue: json },
  });
  return woken;
}
