import { defineRoute, ok } from '../../../core/http/route.js';
import { updateTeam } from '../team.service.js';

export default defineRoute({
  method: 'PATCH',
  url: '/teams/:id',
  role: 'admin',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateTeam(deps, actor, request.params.id, request.body)),
});
