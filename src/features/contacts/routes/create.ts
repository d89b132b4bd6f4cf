import { createContact } from '../contact.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** A second contact with the same email (any letter case) → 400 with `exists_id` of the first. */
export default defineRoute({
  method: 'POST',
  url: '/contacts',
  handler: async ({ request, deps, actor }) => ok(request, await createContact(deps, actor, request.body)),
});
