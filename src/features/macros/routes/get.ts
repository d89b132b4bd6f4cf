import { defineRoute, ok } from '../../../core/http/route.js';
import { getMacro } from '../macro.service.js';

export default defineRoute({
  method: 'GET',
  url: '/macros/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getMacro(deps, actor, request.params.id)),
});
