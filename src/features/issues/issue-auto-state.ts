import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import type { Db } from '../../core/store/database.js';
import type { Message } from '../messages/message.repository.js';
import { changeIssue, withState } from './issue-change.js';
import type { Issue } from './issue.repository.js';

/**
 * The state a customer-visible message leaves its issue in, as Pylon moves it: a customer's message puts the issue
 * back with the team (`waiting_on_you`, reopening a closed one; a `new` issue stays new, still unanswered), an agent's
 * reply leaves it with the customer (`waiting_on_customer`).
 */
function stateAfterMessage(issue: Issue, message: Pick<Message, 'authorContactId'>): string {
  if (message.authorContactId !== null) return issue.state === 'new' ? 'new' : 'waiting_on_you';
  return 'waiting_on_customer';
}

/**
 * What a message posted on an existing issue does to it, in the message's transaction: an internal note nothing; a
 * reply or a customer's message ends a snooze and, unless AUTO_STATE_ON_MESSAGE is off, moves the state
 * (`issue.updated` records it). `issue` is the issue as read before the message was stored.
 */
export async function applyMessageToIssue(
  db: Db,
  deps: Deps,
  issue: Issue,
  message: Pick<Message, 'isPrivate' | 'authorContactId' | 'createdAt'>,
): Promise<void> {
  if (message.isPrivate) return;
  const state = !deps.autoStateOnMessage ? issue.state : stateAfterMessage(issue, message);
  // Most messages leave the issue as it is: nothing to present or compare then.
  if (state === issue.state && issue.snoozedUntil === null) return;
  const now = nowIso();
  await changeIssue(db, deps, issue, issue, (before) => {
    const moved = withState(before, state, now);
    return {
      ...moved,
      snoozedUntil: null,
      latestMessageTime: message.createdAt > before.latestMessageTime ? message.createdAt : before.latestMessageTime,
      updatedAt: now,
    };
  });
}
