import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { listTeams } from '../team.service.js';

export default defineRoute({
  method: 'GET',
  url: '/teams',
  schema: { querystring: PAGE_QUERY },
  handler: async ({ request, deps, actor }) => ok(request, await listTeams(deps, actor, request.query)),
});
