import { defineRoute } from '../../../core/http/route.js';
import { deleteTaskComment } from '../task-comment.service.js';

/** Only the comment's author may delete it (400 for anyone else). */
export default defineRoute({
  method: 'DELETE',
  url: '/tasks/:id/comments/:comment_id',
  handler: async ({ request, deps, actor }) => {
    await deleteTaskComment(deps, actor, request.params);
    return { request_id: request.id };
  },
});
