import { defineRoute, ok } from '../../../core/http/route.js';
import { updateFeatureRequest } from '../feature-request.service.js';

export default defineRoute({
  method: 'PATCH',
  url: '/feature-requests/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateFeatureRequest(deps, actor, request.params.id, request.body ?? {})),
});
