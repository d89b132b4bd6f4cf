import { defineRoute, ok } from '../../../core/http/route.js';
import { createCustomObject } from '../custom-object.service.js';

/** Values are checked against the type's fields: an unknown slug, a wrong value or a missing required one → 400. */
export default defineRoute({
  method: 'POST',
  url: '/custom-objects/:type',
  handler: async ({ request, deps, actor }) =>
    ok(request, await createCustomObject(deps, actor, request.params.type, request.body)),
});
