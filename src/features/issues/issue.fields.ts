import { invalid } from '../../core/errors.js';

export const MAX_TITLE_LENGTH = 500;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 100;

// Control characters (line breaks included) have no place in a one-line title or a tag.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;

/** An issue title as stored: plain text on one line, trimmed, not empty, at most MAX_TITLE_LENGTH characters. */
export function issueTitle(raw: string): string {
  const title = raw.replace(CONTROL, ' ').trim();
  if (title === '') throw invalid('title must not be empty');
  if (title.length > MAX_TITLE_LENGTH) throw invalid(`title must be at most ${MAX_TITLE_LENGTH} characters`);
  return title;
}

/** An issue's tags as stored: trimmed, not empty, each at most MAX_TAG_LENGTH characters, at most MAX_TAGS. */
export function issueTags(raw: readonly string[]): string[] {
  const tags = [...new Set(raw.map((tag) => tag.replace(CONTROL, ' ').trim()))];
  if (tags.some((tag) => tag === '')) throw invalid('tags must not be empty');
  const long = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
  if (long) throw invalid(`each tag must be at most ${MAX_TAG_LENGTH} characters ("${long.slice(0, 20)}…" is longer)`);
  if (tags.length > MAX_TAGS) throw invalid(`an issue may have at most ${MAX_TAGS} tags (got ${tags.length})`);
  return tags;
}
