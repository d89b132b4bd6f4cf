import { invalid } from '../../core/errors.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 120;

/** A slug made from a title: lower-case ASCII words joined by dashes (`untitled` when the title has none). */
export function slugFrom(title: string): string {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return (words ?? ['untitled']).join('-').slice(0, MAX_SLUG).replace(/-+$/, '');
}

/** A slug a client chose: lower-case letters, digits and single dashes, as it appears in the site's URLs. */
export function chosenSlug(value: string, field = 'slug'): string {
  if (!SLUG.test(value) || value.length > MAX_SLUG)
    throw invalid(`${field} must be lower-case letters, digits and dashes (at most ${MAX_SLUG} characters)`);
  return value;
}

/** A required title: trimmed, not empty. */
export function requiredTitle(value: string, field = 'title'): string {
  const title = value.trim();
  if (title === '') throw invalid(`${field} must not be empty`);
  if (title.length > 500) throw invalid(`${field} must be at most 500 characters`);
  return title;
}
