import { defineRoute, ok } from '../../../core/http/route.js';
import { createFeatureRequest } from '../feature-request.service.js';

export default defineRoute({
  method: 'POST',
  url: '/feature-requests',
  handler: async ({ request, deps, actor }) => ok(request, await createFeatureRequest(deps, actor, request.body)),
});
