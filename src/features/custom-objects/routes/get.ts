import { defineRoute, ok } from '../../../core/http/route.js';
import { getCustomObject } from '../custom-object.service.js';

export default defineRoute({
  method: 'GET',
  url: '/custom-objects/:type/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await getCustomObject(deps, actor, request.params.type, request.params.id)),
});
