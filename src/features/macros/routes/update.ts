import { defineRoute, ok } from '../../../core/http/route.js';
import { updateMacro } from '../macro.service.js';

export default defineRoute({
  method: 'PATCH',
  url: '/macros/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateMacro(deps, actor, request.params.id, request.body)),
});
