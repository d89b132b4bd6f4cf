import { getIssue } from '../issue.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** `{id}` is the issue's id or its number. */
export default defineRoute({
  method: 'GET',
  url: '/issues/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getIssue(deps, actor, request.params.id)),
});
