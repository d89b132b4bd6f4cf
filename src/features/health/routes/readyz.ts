import { defineRoute } from '../../../core/http/route.js';

/** Readiness: the database (and Redis, when configured) answer. 503 in the error envelope naming what does not. */
export default defineRoute({
  method: 'GET',
  url: '/readyz',
  auth: false,
  schema: { summary: 'Readiness check (database, Redis)' },
  handler: async ({ reply, request }) => {
    const checks: Record<string, 'ok' | 'down'> = {};
    for (const [name, check] of Object.entries(request.server.readinessChecks)) {
      checks[name] = await check().then(
        () => 'ok' as const,
        () => 'down' as const,
      );
    }
    const down = Object.keys(checks).filter((name) => checks[name] === 'down');
    if (down.length === 0) return { status: 'ok', checks, request_id: request.id };
    request.log.warn({ checks }, 'not ready');
    return reply
      .status(503)
      .send({ errors: [`Not ready: ${down.join(', ')} does not answer`], request_id: request.id, checks });
  },
});
