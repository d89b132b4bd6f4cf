import { updateIssue, type UpdateIssueInput } from '../../../domain/issues.js';
import { defineRoute, ok } from '../../route.js';

/** Only the fields sent change; `assignee_id: ""` and `team_id: ""` unassign. */
export default defineRoute<{ Params: { id: string }; Body: UpdateIssueInput }>({
  method: 'PATCH',
  url: '/issues/:id',
  handler: async ({ request, deps, actor }) => ok(request, await updateIssue(deps, actor, request.params.id, request.body)),
});
