import { describeCaller } from '../../../domain/workspaces.js';
import { defineRoute, ok } from '../../route.js';

export default defineRoute({
  method: 'GET',
  url: '/me',
  handler: async ({ request, deps, actor }) => ok(request, await describeCaller(deps.store, actor)),
});
