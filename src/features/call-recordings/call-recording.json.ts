import type { ContractSchema } from '../../core/contract/operation-types.js';
import { readStringArray } from '../../core/store/json-columns.js';
import type { CallRecordingEventJson } from './call-recording.events.js';
import type { CallRecordingRow } from './call-recording.table.js';

/** One spoken segment of a transcript. */
export interface TranscriptSegment {
  speaker: string;
  text: string;
}

export function readTranscript(text: string): TranscriptSegment[] {
  const value: unknown = JSON.parse(text || '[]');
  if (!Array.isArray(value)) return [];
  return value.map((s: { speaker?: unknown; text?: unknown }) => ({
    speaker: String(s.speaker ?? ''),
    text: String(s.text ?? ''),
  }));
}

const present = <K extends string, V>(key: K, value: V | null) =>
  (value === null ? {} : { [key]: value }) as Partial<Record<K, V>>;

export function callRecordingJson(row: CallRecordingRow): ContractSchema<'CallRecording'> {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    participant_emails: readStringArray(row.participant_emails),
    custom_fields: {},
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...present('account_id', row.account_id),
    ...present('external_id', row.external_id),
    ...present('url', row.url),
    ...present('start_time', row.start_time),
    ...present('end_time', row.end_time),
    ...present('duration_ms', row.duration_ms === null ? null : Number(row.duration_ms)),
    ...present('summary', row.summary),
  };
}

/**
 * A recording linked to an issue as one voice call with that one recording. Helpline does not host the audio: the
 * download URL is the recorder's own `url`, when the import gave one.
 */
export function voiceCallJson(row: CallRecordingRow): ContractSchema<'VoiceCall'> {
  return {
    id: row.id,
    created_at: row.created_at,
    ...present('duration_sec', row.duration_ms === null ? null : Math.round(Number(row.duration_ms) / 1000)),
    recordings: [
      { id: row.id, transcript_segments: readTranscript(row.transcript), ...present('download_url', row.url) },
    ],
  };
}

export const callRecordingEventJson = (row: CallRecordingRow): CallRecordingEventJson => ({
  id: row.id,
  source: row.source,
  external_id: row.external_id,
  account_id: row.account_id,
  issue_id: row.issue_id,
  start_time: row.start_time,
  end_time: row.end_time,
  duration_ms: row.duration_ms === null ? null : Number(row.duration_ms),
});
