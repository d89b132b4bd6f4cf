import { redactMessage } from '../redact-message.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** Replaces the content with the fixed placeholder "[redacted]", irreversibly. No body. */
export default defineRoute({
  method: 'POST',
  url: '/issues/:id/messages/:message_id/redact',
  handler: async ({ request, deps, actor }) =>
    ok(request, await redactMessage(deps, actor, request.params.id, request.params.message_id)),
});
