import type { Json } from '../../core/json.js';

/**
 * Events about custom field definitions. A renamed slug moves the values objects hold to the new slug; options taken
 * out of a select field leave the objects that had them: `previous_slug` and `object_count` say so.
 */
export const EVENT_TYPES = ['custom_field.created', 'custom_field.updated'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'custom_field.created': { custom_field: Json };
    'custom_field.updated': { custom_field: Json; previous_slug: string; object_count: number };
  }
}
