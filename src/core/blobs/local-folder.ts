import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertBlobKey, type BlobStore } from './blob-store.js';

/**
 * Blobs as files in one folder on the local disk, spread over 256 subfolders by the key's first characters so no
 * folder grows huge. The folder is created on the first write, so an installation that never stores a file never has
 * one. A file is written under a temporary name and renamed into place, so a reader never sees half a file.
 */
export class LocalFolderBlobStore implements BlobStore {
  constructor(private readonly folder: string) {}

  private pathOf(key: string): string {
    assertBlobKey(key);
    return join(this.folder, key.slice(0, 2).toLowerCase(), key);
  }

  async write(key: string, chunks: AsyncIterable<Uint8Array>): Promise<void> {
    const path = this.pathOf(key);
    const partial = `${path}.${randomUUID()}.partial`;
    await mkdir(join(path, '..'), { recursive: true });
    try {
      await pipeline(Readable.from(chunks), createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async read(key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
