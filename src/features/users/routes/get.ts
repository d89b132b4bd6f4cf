import { getUser } from '../user.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

export default defineRoute({
  method: 'GET',
  url: '/users/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getUser(deps, actor, request.params.id)),
});
