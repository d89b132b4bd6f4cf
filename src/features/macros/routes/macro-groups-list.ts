import { defineRoute, ok } from '../../../core/http/route.js';
import { listMacroGroups } from '../macro-group.service.js';

export default defineRoute({
  method: 'GET',
  url: '/macro-groups',
  handler: async ({ request, deps, actor }) => ok(request, await listMacroGroups(deps, actor)),
});
