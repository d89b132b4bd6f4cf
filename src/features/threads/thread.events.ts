import type { Json } from '../../core/json.js';

export const EVENT_TYPES = ['thread.created'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'thread.created': { thread: Json };
  }
}
