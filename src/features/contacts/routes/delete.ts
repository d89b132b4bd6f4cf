import { deleteContact } from '../contact-deletion.js';
import { defineRoute } from '../../../core/http/route.js';

/**
 * Admin only, like every permanent deletion. The contact's issues and messages stay, no longer linked to it; its
 * personal data leaves the stored events too.
 */
export default defineRoute({
  method: 'DELETE',
  url: '/contacts/:id',
  role: 'admin',
  handler: async ({ request, deps, actor }) => {
    await deleteContact(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
