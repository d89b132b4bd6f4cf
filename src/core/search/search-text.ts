/**
 * What the full-text index holds of a body: its text without the HTML tags. PostgreSQL's index applies the same
 * regular expression (migration 010), so both databases index the same words.
 */
export const searchableText = (html: string | null): string => (html ?? '').replace(/<[^>]*>/g, ' ');

/** The SQL function SQLite's index triggers call; PostgreSQL has its own `regexp_replace`. */
export const SEARCHABLE_TEXT_FUNCTION = 'helpline_searchable_text';

const MAX_TERMS = 16;
/** A last word this long or longer matches as a prefix; a shorter prefix would match most of the index. */
const MIN_PREFIX = 3;

/** One word of a `search_text`: matched whole, or as the start of longer words. */
export interface SearchTerm {
  word: string;
  prefix: boolean;
}

/**
 * The words of a `search_text`, lower-cased (letters and digits only). Every word must occur whole, except the last,
 * which may be the start of a word (the text of someone still typing).
 */
export function searchTerms(text: string): SearchTerm[] {
  const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_TERMS);
  return words.map((word, i) => ({ word, prefix: i === words.length - 1 && word.length >= MIN_PREFIX }));
}
