import type { Json } from '../../core/json.js';

/** Events about links between accounts: the relationship as the API shows it. */
export const EVENT_TYPES = ['account_relationship.created', 'account_relationship.deleted'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'account_relationship.created': { relationship: Json };
    'account_relationship.deleted': { relationship: Json };
  }
}
