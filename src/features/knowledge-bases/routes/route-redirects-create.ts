import { defineRoute, ok } from '../../../core/http/route.js';
import { createRouteRedirect } from '../route-redirect.service.js';

export default defineRoute({
  method: 'POST',
  url: '/knowledge-bases/:id/route-redirects',
  handler: async ({ request, deps, actor }) =>
    ok(request, await createRouteRedirect(deps, actor, request.params.id, request.body)),
});
