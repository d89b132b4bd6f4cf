import { defineRoute } from '../route.js';

/** Readiness: the database answers. 503 in the error envelope when it does not. */
export default defineRoute({
  method: 'GET',
  url: '/readyz',
  auth: false,
  schema: { summary: 'Readiness check (database)', tags: ['operations'] },
  handler: async ({ deps, reply, request }) => {
    try {
      await deps.store.ping();
      return { status: 'ok', checks: { database: 'ok' }, request_id: request.id };
    } catch (error) {
      request.log.warn({ err: error }, 'database not ready');
      return reply.status(503).send({ errors: ['Database is not reachable'], request_id: request.id, checks: { database: 'down' } });
    }
  },
});
