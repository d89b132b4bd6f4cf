import { listUsers } from '../../../domain/users.js';
import { defineRoute, ok, PAGE_QUERY } from '../../route.js';

export default defineRoute<{ Querystring: { cursor?: string; limit?: number } }>({
  method: 'GET',
  url: '/users',
  schema: { querystring: PAGE_QUERY },
  handler: async ({ request, deps, actor }) => ok(request, await listUsers(deps, actor, request.query)),
});
