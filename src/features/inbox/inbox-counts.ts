import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { CLOSED, WAITING_ON_CUSTOMER } from './inbox-query.js';
import { findLatestEventId, tallyIssues, type IssueTally } from './inbox.repository.js';

/** How many issues each view holds for one user. */
export interface InboxCounts {
  unassigned: number;
  mine: number;
  open: number;
  waiting_on_customer: number;
  closed: number;
}

/** The counts of every view, for every user, from one tally of the workspace. */
interface WorkspaceCounts {
  unassigned: number;
  notClosedByAssignee: Map<string, number>;
  open: number;
  waitingOnCustomer: number;
  closed: number;
}

interface Tallied {
  /** The workspace's newest event when the tally was read: the tally holds while it is still the newest. */
  eventId: string | null;
  at: number;
  counts: WorkspaceCounts;
}

/**
 * Counting is a pass over every issue of the workspace (about 20 ms at 100,000 issues), and every agent's console
 * asks again whenever something changes. So the tally is kept per workspace while no event has been recorded since
 * it was read (one indexed read of the newest event id, on the database every instance shares), and read again
 * after any change. MAX_AGE_MS bounds how long a change recorded without an event could go unseen.
 */
const MAX_AGE_MS = 30_000;
const MAX_WORKSPACES = 1_000;
const tallies = new Map<string, Tallied>();
const tallying = new Map<string, { eventId: string | null; counts: Promise<WorkspaceCounts> }>();

function countsOf(tally: IssueTally[]): WorkspaceCounts {
  const counts: WorkspaceCounts = {
    unassigned: 0,
    notClosedByAssignee: new Map(),
    open: 0,
    waitingOnCustomer: 0,
    closed: 0,
  };
  for (const { state, assigneeId, count } of tally) {
    if (state === CLOSED) {
      counts.closed += count;
      continue;
    }
    if (state === WAITING_ON_CUSTOMER) counts.waitingOnCustomer += count;
    else counts.open += count;
    if (assigneeId === null) counts.unassigned += count;
    else counts.notClosedByAssignee.set(assigneeId, (counts.notClosedByAssignee.get(assigneeId) ?? 0) + count);
  }
  return counts;
}

async function workspaceCounts(deps: Deps, workspaceId: string): Promise<WorkspaceCounts> {
  const db = deps.store.db;
  // Two stores in one process (two servers in a test) never share a tally.
  const key = `${deps.store.instanceId}:${workspaceId}`;
  const eventId = await findLatestEventId(db, workspaceId);
  const kept = tallies.get(key);
  if (kept && kept.eventId === eventId && Date.now() - kept.at < MAX_AGE_MS) return kept.counts;
  // After a change every open console asks at once: they share one tally.
  const running = tallying.get(key);
  if (running && running.eventId === eventId) return running.counts;
  // Read after the event id: a change committed in between makes the next request tally again, never the reverse.
  const counts = tallyIssues(db, workspaceId).then(countsOf);
  tallying.set(key, { eventId, counts });
  try {
    const done = await counts;
    tallies.delete(key);
    tallies.set(key, { eventId, at: Date.now(), counts: done });
    if (tallies.size > MAX_WORKSPACES) tallies.delete(tallies.keys().next().value!);
    return done;
  } finally {
    if (tallying.get(key)?.counts === counts) tallying.delete(key);
  }
}

/** `GET /console/api/inbox/counts`: how many issues each view holds for the signed-in user. */
export async function countInbox(deps: Deps, actor: Actor): Promise<InboxCounts> {
  const counts = await workspaceCounts(deps, actor.workspaceId);
  return {
    unassigned: counts.unassigned,
    mine: counts.notClosedByAssignee.get(actor.userId) ?? 0,
    open: counts.open,
    waiting_on_customer: counts.waitingOnCustomer,
    closed: counts.closed,
  };
}
