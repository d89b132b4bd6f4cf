import { listUsers } from '../user.service.js';
import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';

export default defineRoute({
  method: 'GET',
  url: '/users',
  schema: { querystring: PAGE_QUERY },
  handler: async ({ request, deps, actor }) => ok(request, await listUsers(deps, actor, request.query)),
});
