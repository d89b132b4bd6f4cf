import { deleteAccount } from '../account-removal.js';
import { defineRoute } from '../../../core/http/route.js';

/**
 * Admin only, like every permanent deletion. `{id}` is the account's id or one of its external ids. Its issues and
 * contacts stay, without an account; its external ids, relationships, activities and highlights go with it.
 */
export default defineRoute({
  method: 'DELETE',
  url: '/accounts/:id',
  role: 'admin',
  handler: async ({ request, deps, actor }) => {
    await deleteAccount(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
