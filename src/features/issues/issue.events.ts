import type { Json } from '../../core/json.js';

/** Events about issues: the issue as the API shows it, or, once deleted, its id and number. */
export const EVENT_TYPES = ['issue.created', 'issue.updated', 'issue.deleted'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'issue.created': { issue: Json };
    'issue.updated': { issue: Json };
    'issue.deleted': { issue_id: string; number: number };
  }
}
