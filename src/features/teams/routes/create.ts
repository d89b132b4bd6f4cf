import { defineRoute, ok } from '../../../core/http/route.js';
import { createTeam } from '../team.service.js';

export default defineRoute({
  method: 'POST',
  url: '/teams',
  role: 'admin',
  handler: async ({ request, deps, actor }) => ok(request, await createTeam(deps, actor, request.body)),
});
