import { updateIssueFollowers } from '../issue-followers.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** Adds (default) or removes (`operation: "remove"`) followers; answers every follower of the issue. */
export default defineRoute({
  method: 'POST',
  url: '/issues/:id/followers',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateIssueFollowers(deps, actor, request.params.id, request.body)),
});
