import { createIssueThread } from '../thread.service.js';
import { answerIdempotent, idempotencyRequest } from '../../../core/http/idempotency-key.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** `name` is optional; an empty body is fine. */
export default defineRoute({
  method: 'POST',
  url: '/issues/:id/threads',
  idempotent: true,
  handler: async ({ request, reply, deps, actor }) =>
    ok(
      request,
      answerIdempotent(
        reply,
        await createIssueThread(deps, actor, request.params.id, request.body ?? {}, idempotencyRequest(request)),
      ),
    ),
});
