import { createNote } from '../create-note.js';
import { answerIdempotent, idempotencyRequest } from '../../../core/http/idempotency-key.js';
import { defineRoute, ok } from '../../../core/http/route.js';

export default defineRoute({
  method: 'POST',
  url: '/issues/:id/note',
  idempotent: true,
  handler: async ({ request, reply, deps, actor }) =>
    ok(
      request,
      answerIdempotent(
        reply,
        await createNote(deps, actor, request.params.id, request.body, idempotencyRequest(request)),
      ),
    ),
});
