import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { OutboxWorker } from '../outbox/worker.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Drains the outboxes that features register (webhook deliveries, outgoing email, ...). */
    outbox: OutboxWorker;
  }
}

export interface OutboxPluginOptions {
  config: Config;
  /** Run the worker (default true): a server that only answers requests leaves delivery to other instances. */
  deliver?: boolean;
}

/**
 * The outbox worker. Features register their consumers while the app loads; the worker starts once the app is ready
 * and stops (finishing the run in flight) when it closes. After every write it is woken instead of waiting for its
 * next poll, since the write may have committed events or email.
 */
export default fp<OutboxPluginOptions>(
  async (app, { config, deliver = true }) => {
    const worker = new OutboxWorker({ pollMs: config.delivery.pollMs, leaseMs: config.delivery.leaseMs, log: app.log });
    app.decorate('outbox', worker);
    app.addHook('onResponse', async (request) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') worker.poke();
    });
    if (deliver) app.addHook('onReady', async () => worker.start());
    app.addHook('onClose', () => worker.stop());
  },
  { name: 'outbox', dependencies: ['store'] },
);
