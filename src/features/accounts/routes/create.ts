import { createAccount } from '../account.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

export default defineRoute({
  method: 'POST',
  url: '/accounts',
  handler: async ({ request, deps, actor }) => ok(request, await createAccount(deps, actor, request.body)),
});
