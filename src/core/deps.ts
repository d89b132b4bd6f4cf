import type { AttachmentConfig, Config, DeliveryConfig } from '../config.js';
import { createBlobStore } from './blobs/index.js';
import type { BlobStore } from './blobs/blob-store.js';
import type { Store } from './store/database.js';
import { createResponseCache, type ResponseCache } from './http/response-cache.js';

/** What domain operations need from outside. */
export interface Deps {
  store: Store;
  /** Where this server is reached (for `link` fields and attachment URLs). */
  publicUrl: string;
  delivery: DeliveryConfig;
  /** Where uploaded files' contents are kept, and the limits of an upload. */
  blobs: BlobStore;
  attachments: AttachmentConfig;
  /** Whether a customer-visible message moves its issue's state (AUTO_STATE_ON_MESSAGE). */
  autoStateOnMessage: boolean;
  /** Whether replies on email issues are sent (an SMTP server is configured). */
  emailEnabled: boolean;
  /** Tells the delivery worker new work may be due (after a commit). */
  notifyDelivery(): void;
  /** Serialized pages of messages by issue and version (RESPONSE_CACHE_MB). */
  responseCache: ResponseCache;
}

/**
 * What the services need when no server runs (the CLI, the benchmark's seeding): the same configuration, nothing
 * delivered and no email sent.
 */
export const offlineDeps = (config: Config, store: Store): Deps => ({
  store,
  publicUrl: config.publicUrl,
  delivery: config.delivery,
  blobs: createBlobStore(config),
  attachments: config.attachments,
  autoStateOnMessage: config.autoStateOnMessage,
  emailEnabled: false,
  notifyDelivery: () => undefined,
  responseCache: createResponseCache(0),
});
