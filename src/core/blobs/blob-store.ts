/**
 * Where file contents live (uploaded attachments and account files), apart from the database: a file of megabytes
 * would bloat every backup, snapshot and purge of the database it sat in. A key is chosen by the caller (a random id),
 * so the store never names anything itself.
 */
export interface BlobStore {
  /**
   * Stores the chunks under `key` as they arrive. Nothing is visible under the key until the last chunk is written;
   * when the source fails midway (a size limit, a dropped connection), what was written is removed and the error
   * passes on.
   */
  write(key: string, chunks: AsyncIterable<Uint8Array>): Promise<void>;
  /** The bytes under `key`, or undefined when there are none. */
  read(key: string): Promise<Buffer | undefined>;
  /** Removes the bytes under `key` for good; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are ids: letters, digits and dashes only, so no key can point outside the store. */
export const BLOB_KEY = /^[A-Za-z0-9-]{1,100}$/;

export function assertBlobKey(key: string): void {
  if (!BLOB_KEY.test(key)) throw new Error(`Not a blob key: ${key.slice(0, 100)}`);
}
