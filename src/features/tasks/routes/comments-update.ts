import { defineRoute, ok } from '../../../core/http/route.js';
import { updateTaskComment } from '../task-comment.service.js';

/** Only the comment's author may edit it (400 for anyone else). */
export default defineRoute({
  method: 'PATCH',
  url: '/tasks/:id/comments/:comment_id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateTaskComment(deps, actor, request.params, request.body)),
});
