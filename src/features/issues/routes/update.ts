import { updateIssue } from '../issue.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** Only the fields sent change; `assignee_id: ""` and `team_id: ""` unassign. */
export default defineRoute({
  method: 'PATCH',
  url: '/issues/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateIssue(deps, actor, request.params.id, request.body)),
});
