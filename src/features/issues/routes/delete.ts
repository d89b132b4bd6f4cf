import { deleteIssue } from '../issue.service.js';
import { defineRoute } from '../../../core/http/route.js';

export default defineRoute({
  method: 'DELETE',
  url: '/issues/:id',
  role: 'admin',
  handler: async ({ request, deps, actor }) => {
    await deleteIssue(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
