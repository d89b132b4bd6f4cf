import { describeCaller } from '../../workspaces/workspace.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

export default defineRoute({
  method: 'GET',
  url: '/me',
  handler: async ({ request, deps, actor }) => ok(request, await describeCaller(deps.store, actor)),
});
