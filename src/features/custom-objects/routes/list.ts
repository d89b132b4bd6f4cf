import { defineRoute, ok } from '../../../core/http/route.js';
import { listCustomObjectsPage } from '../custom-object.service.js';

export default defineRoute({
  method: 'GET',
  url: '/custom-objects/:type',
  handler: async ({ request, deps, actor }) =>
    ok(request, await listCustomObjectsPage(deps, actor, request.params.type, request.query)),
});
