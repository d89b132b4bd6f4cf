import { defineRoute, ok } from '../../../core/http/route.js';
import { getTeam } from '../team.service.js';

export default defineRoute({
  method: 'GET',
  url: '/teams/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getTeam(deps, actor, request.params.id)),
});
