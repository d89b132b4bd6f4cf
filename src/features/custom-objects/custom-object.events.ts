import type { Json } from '../../core/json.js';

/**
 * Events about custom objects: a type defined, and the records of a type, as the API shows them. `changed_fields`
 * names the keys of the record's JSON that changed (`name`, `custom_fields`, `relations`).
 */
export const EVENT_TYPES = [
  'custom_object_type.created',
  'custom_object.created',
  'custom_object.updated',
  'custom_object.deleted',
] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'custom_object_type.created': { custom_object_type: Json };
    'custom_object.created': { custom_object: Json };
    'custom_object.updated': { custom_object: Json; changed_fields: string[] };
    'custom_object.deleted': { custom_object_id: string; type: string };
  }
}
