import { defineRoute, ok } from '../../../core/http/route.js';
import { importMessages } from '../import-onto-issue.js';

/** Admin only: an import writes history in other people's names. `{id}` is the id or number. */
export default defineRoute({
  method: 'POST',
  url: '/import/issues/:id/messages',
  role: 'admin',
  handler: async ({ request, deps, actor }) =>
    ok(request, await importMessages(deps, actor, request.params.id, request.body)),
});
