import type { Deps } from '../../core/deps.js';
import type { OutboxConsumer } from '../../core/outbox/consumer.js';
import { wakeDueIssues } from './issue-snooze.js';

/** Issues woken per claim: the wake of each is a few writes, all in the claim's transaction. */
const WAKE_BATCH = 50;

/** An issue that woke, for the worker's slot accounting. */
export interface WokenIssue {
  workspaceId: string;
  issueId: string;
}

/**
 * Wakes snoozed issues when their time comes, driven by the outbox worker: it polls, is poked after every write and
 * when the test clock moves, and runs on every instance. Waking only writes the database, so the claim does the
 * whole wake in its transaction (see `wakeDueIssues`): with the claimed rows locked until it commits, an issue
 * wakes once however many instances claim at the same moment, and nothing is left to deliver. The events the wake
 * records reach webhooks through their own outbox.
 */
export function createSnoozeWaker(deps: Deps): OutboxConsumer<WokenIssue> {
  return {
    name: 'issue-snooze',
    concurrency: WAKE_BATCH,
    async claim(now, _leaseUntil, limit) {
      const woken = await wakeDueIssues(deps, now, Math.min(limit, WAKE_BATCH));
      return woken.map((issue) => ({ workspaceId: issue.workspaceId, issueId: issue.id }));
    },
    // The wake committed with the claim; ending the item frees its slot and pokes the worker for the webhooks.
    deliver: async () => undefined,
  };
}
