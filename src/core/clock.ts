import { invalid } from './errors.js';

/**
 * How far business time runs ahead of the process's clock. Only the test controls (TEST_CONTROLS=true) move it, so
 * an integration test can make a retry scheduled hours ahead come due now; it only ever moves forward.
 */
let offsetMs = 0;

/**
 * The one clock of business time (when things happen, when work is due); everything that stamps or schedules asks
 * it. Caches and log throttles keep to the process's own clock.
 */
export const nowMs = (): number => Date.now() + offsetMs;

/** Moves business time forward by `ms`, for the whole process. */
export function advanceClock(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new Error('Business time only moves forward');
  offsetMs += ms;
}

/** Business time is the process's own time again. */
export function resetClock(): void {
  offsetMs = 0;
}

/** How far business time runs ahead of the process's clock. */
export const clockOffsetMs = (): number => offsetMs;

/** Now, as stored: RFC 3339 UTC with milliseconds. */
export const nowIso = (): string => new Date(nowMs()).toISOString();

// RFC 3339 date-time: a zone is required (Z or ±hh:mm); fractional seconds are optional.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Parses an RFC 3339 timestamp, with or without fractional seconds, into the stored form. */
export function parseTimestamp(value: string, field: string): string {
  const match = RFC3339.exec(value);
  const date = match ? new Date(value.replace(' ', 'T')) : undefined;
  if (!match || !date || Number.isNaN(date.getTime())) {
    throw invalid(`${field} must be an RFC 3339 timestamp such as 2024-01-31T12:00:00Z`);
  }
  const [, , month, day, hour, minute, second] = match.map(Number);
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour! > 23 || minute! > 59 || second! > 60) {
    throw invalid(`${field} must be an RFC 3339 timestamp such as 2024-01-31T12:00:00Z`);
  }
  const year = date.getUTCFullYear();
  if (year < 1970 || year > 9999) throw invalid(`${field} must be between 1970 and 9999`);
  return date.toISOString();
}
