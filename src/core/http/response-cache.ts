/**
 * Answers kept in memory by a key that names their version, so a hit is always current: the caller reads the
 * version from the database first (on every instance), and a new version is a new key. Bounded by the bytes it
 * holds; the least recently used answers leave first. A size of 0 keeps nothing.
 */
export interface CachedAnswer {
  /** The answer up to where its request id goes, and after it: each hit carries its own request id. */
  before: string;
  after: string;
}

export interface ResponseCache {
  get(key: string): CachedAnswer | undefined;
  set(key: string, answer: CachedAnswer): void;
}

export function createResponseCache(maxBytes: number): ResponseCache {
  const entries = new Map<string, CachedAnswer>();
  let bytes = 0;
  const sizeOf = (key: string, answer: CachedAnswer) => key.length + answer.before.length + answer.after.length;
  return {
    get(key) {
      const answer = entries.get(key);
      if (answer) {
        // Most recently used last, so the first key is the one to evict.
        entries.delete(key);
        entries.set(key, answer);
      }
      return answer;
    },
    set(key, answer) {
      const size = sizeOf(key, answer);
      if (size > maxBytes / 4 || entries.has(key)) return;
      entries.set(key, answer);
      bytes += size;
      for (const [oldest, old] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(oldest);
        bytes -= sizeOf(oldest, old);
      }
    },
  };
}

/** A request id stand-in while an answer is serialized for the cache: no serializer escapes these characters. */
export const REQUEST_ID_SLOT = 'helpline-request-id-slot-7f3a9c';

/** Splits an answer serialized with `REQUEST_ID_SLOT` as its request id. */
export function cachedAnswerOf(serialized: string): CachedAnswer | undefined {
  const at = serialized.indexOf(REQUEST_ID_SLOT);
  if (at < 0 || serialized.indexOf(REQUEST_ID_SLOT, at + 1) >= 0) return undefined;
  return { before: serialized.slice(0, at), after: serialized.slice(at + REQUEST_ID_SLOT.length) };
}
