import { createNote, type NoteInput } from '../../../domain/messages/note.js';
import { answerIdempotent, idempotencyRequest } from '../../idempotency-key.js';
import { defineRoute, ok } from '../../route.js';

export default defineRoute<{ Params: { id: string }; Body: NoteInput }>({
  method: 'POST',
  url: '/issues/:id/note',
  idempotent: true,
  handler: async ({ request, reply, deps, actor }) =>
    ok(request, answerIdempotent(reply, await createNote(deps, actor, request.params.id, request.body, idempotencyRequest(request)))),
});
