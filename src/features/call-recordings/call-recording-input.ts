import { parseTimestamp } from '../../core/clock.js';
import { isEmail } from '../../core/email-address.js';
import { invalid } from '../../core/errors.js';
import type { CreateCallRecordingBody } from './call-recording.schemas.js';

const DEFAULT_SOURCE = 'custom_call_recorder';
const SOURCE = /^[a-z0-9_]{1,50}$/;
const MAX_TITLE = 500;
/** The longest call stored: about 24 days, the largest 32-bit integer of milliseconds. */
const MAX_DURATION_MS = 2_147_483_647;

/** The fields of a new recording that need no lookup, checked. */
export interface CheckedRecording {
  title: string;
  source: string;
  startTime: string | null;
  endTime: string | null;
  durationMs: number | null;
  participantEmails: string[];
  url: string | null;
}

function emailsOf(value: string[] | string | undefined): string[] {
  const list = (typeof value === 'string' ? value.split(',') : (value ?? [])).map((e) => e.trim()).filter(Boolean);
  for (const email of list) if (!isEmail(email)) throw invalid(`participant_emails: ${email} is not an email address`);
  return [...new Set(list.map((e) => e.toLowerCase()))];
}

function httpUrl(value: string | undefined): string | null {
  const url = value?.trim();
  if (!url) return null;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw invalid('url must be an http(s) URL');
  return url;
}

function durationOf(input: CreateCallRecordingBody, start: string | null, end: string | null): number | null {
  if (input.duration_ms !== undefined) {
    if (input.duration_ms < 0 || input.duration_ms > MAX_DURATION_MS) {
      throw invalid(`duration_ms must be between 0 and ${MAX_DURATION_MS}`);
    }
    return input.duration_ms;
  }
  if (!start || !end) return null;
  const computed = Date.parse(end) - Date.parse(start);
  if (computed > MAX_DURATION_MS) throw invalid('The call is longer than a recording may be (about 24 days)');
  return computed;
}

export function checkRecording(input: CreateCallRecordingBody): CheckedRecording {
  const title = input.title.trim();
  if (title === '') throw invalid('title is required');
  if (title.length > MAX_TITLE) throw invalid(`title must be at most ${MAX_TITLE} characters`);
  const source = input.source?.trim() || DEFAULT_SOURCE;
  if (!SOURCE.test(source)) throw invalid('source must be lower-case letters, digits and _ (at most 50)');
  const startTime = input.start_time ? parseTimestamp(input.start_time, 'start_time') : null;
  const endTime = input.end_time ? parseTimestamp(input.end_time, 'end_time') : null;
  if (startTime && endTime && endTime < startTime) throw invalid('end_time must not be before start_time');
  return {
    title,
    source,
    startTime,
    endTime,
    durationMs: durationOf(input, startTime, endTime),
    participantEmails: emailsOf(input.participant_emails),
    url: httpUrl(input.url),
  };
}
