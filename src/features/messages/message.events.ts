import type { Json } from '../../core/json.js';

/** The ids a connected system needs to find its copy of a message; never its content. */
export type MessageReferences = {
  issue_id: string;
  message_id: string;
  thread_id: string | null;
  external_id: string | null;
  email_message_id: string | null;
};

/** Events about messages: a new one carries the message; a redaction or deletion only its references. */
export const EVENT_TYPES = ['message.created', 'message.redacted', 'message.deleted'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    /** `imported`: the message came from an import (history from another system, nothing was delivered). */
    'message.created': { issue_id: string; message: Json; imported?: true };
    'message.redacted': MessageReferences;
    'message.deleted': MessageReferences;
  }
}
