import fp from 'fastify-plugin';
import { LiveFeed } from './live-feed.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The console's live stream of stored events (`GET /console/api/live`). */
    liveFeed: LiveFeed;
  }
}

/**
 * One live feed per server. Its streams end before the server stops listening (`preClose`): an open stream would
 * otherwise hold the server's close until the client left.
 */
export default fp(
  async (app) => {
    const feed = new LiveFeed(app.store, app.log);
    app.decorate('liveFeed', feed);
    app.addHook('preClose', async () => feed.close());
  },
  { name: 'live', dependencies: ['store'] },
);
