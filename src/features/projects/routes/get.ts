import { defineRoute, ok } from '../../../core/http/route.js';
import { getProject } from '../project.service.js';

export default defineRoute({
  method: 'GET',
  url: '/projects/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getProject(deps, actor, request.params.id)),
});
