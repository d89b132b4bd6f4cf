import { deleteMessage } from '../delete-message.js';
import { defineRoute } from '../../../core/http/route.js';

export default defineRoute({
  method: 'DELETE',
  url: '/issues/:id/messages/:message_id',
  role: 'admin',
  handler: async ({ request, deps, actor }) => {
    await deleteMessage(deps, actor, request.params.id, request.params.message_id);
    return { request_id: request.id };
  },
});
