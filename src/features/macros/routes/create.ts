import { defineRoute, ok } from '../../../core/http/route.js';
import { createMacro } from '../macro.service.js';

/** Macros are the team's shared replies: any member may write one (its visibility says who may use it). */
export default defineRoute({
  method: 'POST',
  url: '/macros',
  handler: async ({ request, deps, actor }) => ok(request, await createMacro(deps, actor, request.body)),
});
