import type { Selectable } from 'kysely';

/**
 * A recorded call imported from a recorder (Gong, Fathom, a phone system...), linked to an account and, when it was
 * about one, to an issue (`GET /issues/{id}/voice-calls`). Its summary and transcript are customer text: deleting the
 * recording removes them for good.
 */
export interface CallRecordingsTable {
  id: string;
  workspace_id: string;
  issue_id: string | null;
  account_id: string | null;
  title: string;
  source: string;
  /** The recorder's id for the call, unique per source in the workspace. */
  external_id: string | null;
  url: string | null;
  start_time: string | null;
  end_time: string | null;
  duration_ms: number | null;
  /** JSON array of email addresses. */
  participant_emails: string;
  summary: string | null;
  /** JSON array of `{ speaker, text }`, one entry per spoken segment. */
  transcript: string;
  created_at: string;
  updated_at: string;
}

export type CallRecordingRow = Selectable<CallRecordingsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    call_recordings: CallRecordingsTable;
  }
}
