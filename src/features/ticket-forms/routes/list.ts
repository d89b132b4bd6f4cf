import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { listTicketForms } from '../ticket-form.service.js';

export default defineRoute({
  method: 'GET',
  url: '/ticket-forms',
  schema: { querystring: PAGE_QUERY },
  handler: async ({ request, deps, actor }) => ok(request, await listTicketForms(deps, actor, request.query)),
});
