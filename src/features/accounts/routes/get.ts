import { getAccount } from '../account.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** `{id}` is the account's id or one of its external ids. */
export default defineRoute({
  method: 'GET',
  url: '/accounts/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getAccount(deps, actor, request.params.id)),
});
