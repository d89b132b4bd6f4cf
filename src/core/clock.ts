import { invalid } from './errors.js';

/**
 * The one clock of business time (when things happen, when work is due); everything that stamps or schedules asks
 * it. Caches and log throttles keep to the process's own clock.
 */
export const nowMs = (): number => Date.now();

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
