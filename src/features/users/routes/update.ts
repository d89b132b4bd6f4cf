import { updateUser } from '../user-update.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/**
 * Admin only, like the other operations on users. Only the fields sent change; `status` is the user's availability
 * (`active`, `away` or `out_of_office`); the last active admin keeps the admin role.
 */
export default defineRoute({
  method: 'PATCH',
  url: '/users/:id',
  role: 'admin',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateUser(deps, actor, request.params.id, request.body)),
});
