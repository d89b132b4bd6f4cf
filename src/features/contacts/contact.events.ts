import type { Json } from '../../core/json.js';

/** Events about contacts: the contact as the API shows it after a change, or, once deleted, only its id. */
export const EVENT_TYPES = ['contact.updated', 'contact.deleted'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'contact.updated': { contact: Json };
    'contact.deleted': { contact_id: string };
  }
}
