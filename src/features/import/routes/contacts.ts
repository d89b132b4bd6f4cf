import { defineRoute, ok } from '../../../core/http/route.js';
import { importContact } from '../import-contact.js';

/** Admin only: an import writes the workspace's records in bulk. A taken email → 400 with `exists_id`. */
export default defineRoute({
  method: 'POST',
  url: '/import/contacts',
  role: 'admin',
  handler: async ({ request, deps, actor }) => ok(request, await importContact(deps, actor, request.body)),
});
