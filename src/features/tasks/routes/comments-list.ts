import { defineRoute, ok } from '../../../core/http/route.js';
import { listCommentsOfTask } from '../task-comment.service.js';

export default defineRoute({
  method: 'GET',
  url: '/tasks/:id/comments',
  handler: async ({ request, deps, actor }) => ok(request, await listCommentsOfTask(deps, actor, request.params.id)),
});
