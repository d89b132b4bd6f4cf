import { createReply } from '../create-reply.js';
import { answerIdempotent, idempotencyRequest } from '../../../core/http/idempotency-key.js';
import { defineRoute, ok } from '../../../core/http/route.js';

export default defineRoute({
  method: 'POST',
  url: '/issues/:id/reply',
  idempotent: true,
  handler: async ({ request, reply, deps, actor }) =>
    ok(
      request,
      answerIdempotent(
        reply,
        await createReply(deps, actor, request.params.id, request.body, idempotencyRequest(request)),
      ),
    ),
});
