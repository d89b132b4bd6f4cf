import { defineRoute, ok } from '../../../core/http/route.js';
import { setPortalVisibility } from '../feature-request.service.js';

export default defineRoute({
  method: 'POST',
  url: '/feature-requests/:id/set-portal-visibility',
  handler: async ({ request, deps, actor }) =>
    ok(request, await setPortalVisibility(deps, actor, request.params.id, request.body)),
});
