import { listAccounts } from '../account.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

export default defineRoute({
  method: 'GET',
  url: '/accounts',
  handler: async ({ request, deps, actor }) => ok(request, await listAccounts(deps, actor, request.query)),
});
