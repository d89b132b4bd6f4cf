import fp from 'fastify-plugin';
import { createResponseCache } from '../http/response-cache.js';
import type { Config } from '../../config.js';
import type { Deps } from '../deps.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** What the services run on: every surface hands it to them, and the CLI and tests use it too. */
    helpline: Deps;
  }
}

/** Assembles what the services need from the infrastructure plugins, once. */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    app.decorate('helpline', {
      store: app.store,
      publicUrl: config.publicUrl,
      delivery: config.delivery,
      blobs: app.blobStore,
      attachments: config.attachments,
      autoStateOnMessage: config.autoStateOnMessage,
      responseCache: createResponseCache(config.responseCacheBytes),
      emailEnabled: app.mailer !== undefined,
      notifyDelivery: () => app.outbox.poke(),
    });
  },
  { name: 'services', dependencies: ['store', 'mailer', 'outbox', 'blob-store'] },
);
