import type { Json } from '../../core/json.js';

/** Events about macros and their groups. */
export const EVENT_TYPES = ['macro_group.created', 'macro.created', 'macro.updated'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'macro_group.created': { macro_group: Json };
    'macro.created': { macro: Json };
    'macro.updated': { macro: Json };
  }
}
