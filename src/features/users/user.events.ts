import type { Json } from '../../core/json.js';

/** Events about users: the user as the API shows it after the change. */
export const EVENT_TYPES = ['user.updated'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'user.updated': { user: Json };
  }
}
