import type { Json } from '../../core/json.js';

/**
 * Events about issues: the issue as the API shows it, or, once deleted, its id and number. `issue.updated` names the
 * fields of the issue's JSON that changed and their previous values (null when a field was absent), whatever made
 * the change: an API call, a message moving the state, or a snooze.
 */
export const EVENT_TYPES = [
  'issue.created',
  'issue.updated',
  'issue.deleted',
  'issue.snoozed',
  'issue.snooze_expired',
  'issue.followers_updated',
] as const;

/** A follower as the API shows it. */
export interface FollowerJson {
  id: string;
  type: 'user' | 'contact';
}

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    /** `imported`: the issue came from `POST /import/issues` (history from another system, nothing was sent). */
    'issue.created': { issue: Json; imported?: true };
    'issue.updated': { issue: Json; changed_fields: string[]; previous: Json };
    'issue.deleted': { issue_id: string; number: number };
    /** The issue is on hold until `snoozed_until`. */
    'issue.snoozed': { issue: Json; snoozed_until: string };
    /** The snooze time came: the issue is back with the team (`waiting_on_you`). */
    'issue.snooze_expired': { issue: Json };
    'issue.followers_updated': {
      issue_id: string;
      added: FollowerJson[];
      removed: FollowerJson[];
      followers: FollowerJson[];
    };
  }
}
