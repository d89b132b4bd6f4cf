/** A JSON object as the API answers it. */
export type Json = Record<string, unknown>;

/** The fields of `T`, each of which may also be null: absent, and left out of the answer. */
export type WithNulls<T> = { [K in keyof T]?: T[K] | null };

/**
 * Pylon leaves absent values out, never `null`: copies an object without its null and undefined values. A copy, not
 * `delete`: deleting keys turns objects into slow dictionaries, and lists serialize thousands of them.
 */
export function compact<T extends object>(object: WithNulls<T>): T {
  const out: Record<string, unknown> = {};
  for (const key in object) {
    const value = object[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out as T;
}
