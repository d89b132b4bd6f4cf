import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import type { Store } from '../store/database.js';
import { openStore } from '../store/open-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    /** Named checks `GET /readyz` runs: each throws when its service does not answer. */
    readinessChecks: Record<string, () => Promise<void>>;
  }
}

/** The database, opened (and migrated) from `DATABASE_URL`, closed last when the server closes. */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    const store = await openStore(config.databaseUrl, { poolSize: config.databasePoolSize });
    app.decorate('store', store);
    app.decorate('readinessChecks', { database: () => store.ping() });
    app.addHook('onClose', () => store.close());
  },
  { name: 'store' },
);
