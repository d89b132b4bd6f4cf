import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { createBlobStore } from '../blobs/index.js';
import type { BlobStore } from '../blobs/blob-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    blobStore: BlobStore;
  }
}

/** Where uploaded file contents are kept (see `core/blobs`). */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    app.decorate('blobStore', createBlobStore(config));
  },
  { name: 'blob-store' },
);
