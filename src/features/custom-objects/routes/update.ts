import { defineRoute, ok } from '../../../core/http/route.js';
import { updateCustomObject } from '../custom-object.service.js';

/** Only the name and the values listed change; a value given as `""` unsets its field. */
export default defineRoute({
  method: 'PATCH',
  url: '/custom-objects/:type/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateCustomObject(deps, actor, request.params.type, request.params.id, request.body)),
});
