import { parseTimestamp } from '../../core/clock.js';
import { invalid } from '../../core/errors.js';
import { sanitizeHtml } from '../../core/html.js';

/**
 * A date a request may set (projects, milestones, tasks): absent leaves it as it is (undefined), an empty string
 * clears it (null), anything else must be an RFC 3339 timestamp.
 */
export function requestedDate(value: string | undefined, field: string): string | null | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') return null;
  return parseTimestamp(value.trim(), field);
}

/** A name or title a request sets: trimmed, never empty. */
export function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (text === '') throw invalid(`${field} must not be empty`);
  return text;
}

/** Customer-visible HTML is stored sanitized; empty means none. */
export const storedHtml = (html: string | undefined): string | null => {
  const clean = html === undefined ? '' : sanitizeHtml(html);
  return clean.trim() === '' ? null : clean;
};

/** A project runs from its start to its end, never backwards. */
export function checkDateOrder(start: string | null, end: string | null): void {
  if (start !== null && end !== null && end < start) throw invalid('end_date must not be before start_date');
}

/** Custom field values are kept for issues, accounts and contacts only: a request setting one is refused. */
export function refuseCustomFields(input: { custom_fields?: unknown[] }, objectType: string): void {
  if (input.custom_fields && input.custom_fields.length > 0) {
    throw invalid(`custom_fields are not supported on ${objectType}s`);
  }
}
