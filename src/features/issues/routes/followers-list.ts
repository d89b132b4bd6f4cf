import { listIssueFollowers } from '../issue-followers.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** The users and contacts following the issue, in the order they started. */
export default defineRoute({
  method: 'GET',
  url: '/issues/:id/followers',
  handler: async ({ request, deps, actor }) => ok(request, await listIssueFollowers(deps, actor, request.params.id)),
});
