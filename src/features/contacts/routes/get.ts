import { getContact } from '../contact.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

export default defineRoute({
  method: 'GET',
  url: '/contacts/:id',
  schema: { querystring: { type: 'object', properties: {} } },
  handler: async ({ request, deps, actor }) => ok(request, await getContact(deps, actor, request.params.id)),
});
