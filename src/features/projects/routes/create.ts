import { defineRoute, ok } from '../../../core/http/route.js';
import { createProject } from '../project.service.js';

/** The account, owner and template named must be the workspace's (404); an end date before the start is a 400. */
export default defineRoute({
  method: 'POST',
  url: '/projects',
  handler: async ({ request, deps, actor }) => ok(request, await createProject(deps, actor, request.body)),
});
