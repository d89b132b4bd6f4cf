import { defineRoute } from '../../../core/http/route.js';

/** Liveness: the process answers. */
export default defineRoute({
  method: 'GET',
  url: '/healthz',
  auth: false,
  schema: { summary: 'Liveness check' },
  handler: async ({ request }) => ({ status: 'ok', request_id: request.id }),
});
