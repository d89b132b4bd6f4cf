import { defineRoute } from '../../../core/http/route.js';
import { deleteProject } from '../project-deletion.js';

/** The project's milestones go with it; its tasks stay, outside any project. */
export default defineRoute({
  method: 'DELETE',
  url: '/projects/:id',
  handler: async ({ request, deps, actor }) => {
    await deleteProject(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
