import type { Config } from '../../config.js';
import type { BlobStore } from './blob-store.js';
import { LocalFolderBlobStore } from './local-folder.js';

/** The one place that chooses where file contents are kept: today a local folder (`ATTACHMENT_DIR`). */
export function createBlobStore(config: Pick<Config, 'attachments'>): BlobStore {
  return new LocalFolderBlobStore(config.attachments.dir);
}
