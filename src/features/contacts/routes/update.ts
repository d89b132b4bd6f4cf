import { updateContact } from '../contact-update.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/**
 * Only the fields sent change. `email` sets the primary email, `emails` replaces them all (the flagged or first one
 * primary); `account_id: ""` removes the contact from its account. An email or external id of another contact → 400
 * with `exists_id`.
 */
export default defineRoute({
  method: 'PATCH',
  url: '/contacts/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateContact(deps, actor, request.params.id, request.body)),
});
