import { listContacts } from '../contact.service.js';
import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';

// The contract attaches cursor/limit to GET /contacts/{id}; they belong to the list.
export default defineRoute({
  method: 'GET',
  url: '/contacts',
  schema: { querystring: PAGE_QUERY },
  handler: async ({ request, deps, actor }) => ok(request, await listContacts(deps, actor, request.query)),
});
