import { defineRoute, ok } from '../../../core/http/route.js';
import { listMacros } from '../macro.service.js';

export default defineRoute({
  method: 'GET',
  url: '/macros',
  handler: async ({ request, deps, actor }) => ok(request, await listMacros(deps, actor, request.query.macro_group_id)),
});
