import { defineRoute, ok } from '../../../core/http/route.js';
import { createTaskComment } from '../task-comment.service.js';

/** The body is stored sanitized; the token's user is the author. */
export default defineRoute({
  method: 'POST',
  url: '/tasks/:id/comments',
  handler: async ({ request, deps, actor }) =>
    ok(request, await createTaskComment(deps, actor, request.params.id, request.body)),
});
