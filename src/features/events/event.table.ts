import type { Selectable } from 'kysely';

export interface EventsTable {
  id: string;
  workspace_id: string;
  type: string;
  /** The message, thread or issue the event is about: redaction and deletion find its events by it. */
  subject_id: string;
  payload: string;
  created_at: string;
}

export type EventRow = Selectable<EventsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    events: EventsTable;
  }
}
