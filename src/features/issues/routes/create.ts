import { createIssue } from '../issue-creation.js';
import { defineRoute, ok } from '../../../core/http/route.js';

export default defineRoute({
  method: 'POST',
  url: '/issues',
  handler: async ({ request, deps, actor }) => ok(request, await createIssue(deps, actor, request.body)),
});
