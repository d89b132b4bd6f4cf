import type { Json } from '../../core/json.js';

/**
 * Events about the tag catalog. A renamed tag is renamed on every object carrying it, and a deleted one taken off
 * them, without an event per object: `previous_value` and `object_count` say what changed.
 */
export const EVENT_TYPES = ['tag.created', 'tag.updated', 'tag.deleted'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'tag.created': { tag: Json };
    'tag.updated': { tag: Json; previous_value: string; object_count: number };
    'tag.deleted': { tag: Json; object_count: number };
  }
}
