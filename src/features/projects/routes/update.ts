import { defineRoute, ok } from '../../../core/http/route.js';
import { updateProject } from '../project-update.js';

/** Only the fields sent change; an empty `owner_id` or date clears it; `is_archived` archives or restores. */
export default defineRoute({
  method: 'PATCH',
  url: '/projects/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateProject(deps, actor, request.params.id, request.body)),
});
