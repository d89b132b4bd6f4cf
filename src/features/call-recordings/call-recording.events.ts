/**
 * Events about call recordings. Payloads carry ids and times, never the title, summary or transcript: events are
 * kept, and a deleted recording's words must not outlive it there.
 */
export const EVENT_TYPES = ['call_recording.created', 'call_recording.updated', 'call_recording.deleted'] as const;

/** What an event says of a recording. */
export interface CallRecordingEventJson {
  id: string;
  source: string;
  external_id: string | null;
  account_id: string | null;
  issue_id: string | null;
  start_time: string | null;
  end_time: string | null;
  duration_ms: number | null;
}

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'call_recording.created': { call_recording: CallRecordingEventJson };
    'call_recording.updated': { call_recording: CallRecordingEventJson; changed_fields: string[] };
    'call_recording.deleted': { call_recording_id: string };
  }
}
